package org.sourcebook.source.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

/**
 * Unpacks a ZIP archive without keeping anything, to learn its entry names and to enforce the
 * limits before a parser sees it. Sizes are counted as bytes are actually inflated, not taken
 * from the headers (which a zip bomb can fake), and reading stops at the first limit crossed.
 */
final class ZipInspection {

    private ZipInspection() {}

    /** The names of all entries, once the archive has been unpacked within the limits. */
    static Set<String> entryNames(byte[] bytes, ImportLimits limits) throws ImportException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            return unpack(zip, limits);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Reason.DAMAGED, DocumentFormat.DOCX.description());
        }
    }

    private static Set<String> unpack(ZipInputStream zip, ImportLimits limits) throws IOException, ImportException {
        Set<String> names = new HashSet<>();
        long remaining = limits.maxUnzippedSize().toBytes();
        byte[] buffer = new byte[8192];
        int count = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++count > limits.maxZipEntries()) {
                throw new ImportException(Reason.TOO_MANY_PARTS, String.valueOf(limits.maxZipEntries()));
            }
            names.add(entry.getName());
            if (entry.getSize() > remaining) {
                throw tooLarge(limits.maxUnzippedSize());
            }
            for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                remaining -= read;
                if (remaining < 0) {
                    throw tooLarge(limits.maxUnzippedSize());
                }
            }
        }
        return names;
    }

    private static ImportException tooLarge(DataSize limit) {
        return new ImportException(Reason.UNZIPPED_TOO_LARGE, Sizes.describe(limit.toBytes()));
    }
}

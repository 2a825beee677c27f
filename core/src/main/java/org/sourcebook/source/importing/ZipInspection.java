package org.sourcebook.source.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

/**
 * Unpacks a ZIP archive without keeping anything, to learn its entry names and to enforce the
 * limits before a parser sees it. Sizes are counted as bytes are actually inflated, not taken
 * from the headers (which a zip bomb can fake), and reading stops at the first limit crossed.
 *
 * <p>It reads with the very reader POI uses (commons-compress, which POI brings, with POI's
 * settings): ZIP readers disagree on malformed archives, and a check made with another reader
 * would check another archive. An entry in a compression method that cannot be read (for
 * instance Zstandard, whose codec is not installed) makes the file damaged.
 */
final class ZipInspection {

    private ZipInspection() {}

    /** The names of all entries, once the archive has been unpacked within the limits. */
    static Set<String> entryNames(byte[] bytes, ImportLimits limits) throws ImportException {
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), false, true)) {
            return unpack(zip, limits);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new ImportException(Reason.DAMAGED, DocumentFormat.DOCX.description());
        }
    }

    private static Set<String> unpack(ZipArchiveInputStream zip, ImportLimits limits) throws IOException, ImportException {
        Set<String> names = new HashSet<>();
        long remaining = limits.maxUnzippedSize().toBytes();
        byte[] buffer = new byte[8192];
        int count = 0;
        for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++count > limits.maxZipEntries()) {
                throw new ImportException(Reason.TOO_MANY_PARTS, String.valueOf(limits.maxZipEntries()));
            }
            if (!zip.canReadEntryData(entry)) {
                throw new ImportException(Reason.DAMAGED, DocumentFormat.DOCX.description());
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

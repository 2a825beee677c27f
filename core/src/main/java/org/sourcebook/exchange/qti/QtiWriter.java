package org.sourcebook.exchange.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sourcebook.content.item.Item;
import org.sourcebook.exchange.items.ExportNames;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemExporter;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * Writes a QTI 3.0 content package: {@code imsmanifest.xml}, an {@code assessment-test.xml} with
 * one section referencing every item (so a tool can import the set as one test), and one
 * {@code items/item-<id>.xml} per question. Fact cards are left out: QTI has no ungraded card.
 */
public class QtiWriter implements ItemExporter {

    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "assessment-test.xml";

    /** Fixed, so the same set always gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    public QtiWriter() {
        // created by the command line without Spring
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.QTI;
    }

    @Override
    public ExportedFile export(ExportSet set) {
        Map<String, String> items = new LinkedHashMap<>();
        List<Item> written = new ArrayList<>();
        List<ItemIssue> skipped = new ArrayList<>();
        for (int index = 0; index < set.items().size(); index++) {
            Item item = set.items().get(index);
            Optional<String> document = QtiItemDocument.of(item);
            if (document.isEmpty()) {
                skipped.add(new ItemIssue(index + 1, item.prompt(), ItemIssue.Reason.KIND_NOT_SUPPORTED, item.kind().name()));
            } else if (items.putIfAbsent(QtiItemDocument.path(item), document.get()) != null) {
                skipped.add(new ItemIssue(index + 1, item.prompt(), ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                        "the same item twice in one package"));
            } else {
                written.add(item);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        String packageId = packageId(written);
        files.put(MANIFEST, QtiPackageDocuments.manifest(set.name(), packageId, written));
        if (!written.isEmpty()) {
            files.put(TEST, QtiPackageDocuments.test(set.name(), packageId, written));
        }
        files.putAll(items);
        return new ExportedFile(ExportNames.fileName(set, ItemFormat.QTI), ItemFormat.QTI, zip(files), skipped);
    }

    /** Derived from the items, so exporting the same items again gives the same identifiers. */
    private static String packageId(List<Item> items) {
        String ids = String.join(",", items.stream().map(item -> item.id().toString()).toList());
        return UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }
}

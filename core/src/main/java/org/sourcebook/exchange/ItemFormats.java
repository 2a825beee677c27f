package org.sourcebook.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebook.exchange.anki.AnkiWriter;
import org.sourcebook.exchange.gift.GiftReader;
import org.sourcebook.exchange.gift.GiftWriter;
import org.sourcebook.exchange.items.ItemExporter;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemImporter;
import org.sourcebook.exchange.moodle.MoodleXmlReader;
import org.sourcebook.exchange.moodle.MoodleXmlWriter;
import org.sourcebook.exchange.qti.QtiWriter;

/**
 * The writers and readers of every item format except the JSON bundle, which needs documents and
 * lessons and is handled by {@link ItemExchangeService} and the command line themselves. Plain Java,
 * so the command line uses the same registry as the web app.
 */
public final class ItemFormats {

    private final Map<ItemFormat, ItemExporter> exporters = new EnumMap<>(ItemFormat.class);
    private final Map<ItemFormat, ItemImporter> importers = new EnumMap<>(ItemFormat.class);

    ItemFormats(List<ItemExporter> exporters, List<ItemImporter> importers) {
        exporters.forEach(exporter -> this.exporters.put(exporter.format(), exporter));
        importers.forEach(importer -> this.importers.put(importer.format(), importer));
    }

    /** Every format Sourcebook writes and reads. */
    public static ItemFormats standard() {
        return new ItemFormats(List.of(new GiftWriter(), new MoodleXmlWriter(), new QtiWriter(), new AnkiWriter()),
                List.of(new GiftReader(), new MoodleXmlReader()));
    }

    /** The writer of {@code format}; empty for the JSON bundle. */
    public Optional<ItemExporter> exporter(ItemFormat format) {
        return Optional.ofNullable(exporters.get(format));
    }

    /** The reader of {@code format}; empty for the JSON bundle and the formats Sourcebook only writes. */
    public Optional<ItemImporter> importer(ItemFormat format) {
        return Optional.ofNullable(importers.get(format));
    }
}

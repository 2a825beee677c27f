package org.sourcebook.exchange.items;

/** Writes items in one format. Implementations are stateless and thread-safe. */
public interface ItemExporter {

    ItemFormat format();

    /**
     * The file for {@code set}: every item the format can carry, in order; the others are listed in
     * {@link ExportedFile#skipped()}. The same set always gives the same bytes.
     */
    ExportedFile export(ExportSet set);
}

package org.sourcebook.exchange.items;

/** Reads items from one format. Implementations are stateless and thread-safe. */
public interface ItemImporter {

    ItemFormat format();

    /**
     * The items in {@code content}, as new items (fresh ids, status ACCEPTED, origin WRITTEN, no
     * citations), and one issue per question that could not be read. Never throws for bad input:
     * a file that is not of the format at all gives one {@link ItemIssue.Reason#FILE_NOT_READABLE}
     * issue at position 0.
     */
    ImportedItems read(byte[] content);
}

package org.sourcebook.exchange.items;

import java.util.List;

/**
 * An export: the file's bytes and the items left out because the format cannot carry them.
 *
 * @param fileName a suggested file name, safe on every file system
 * @param skipped one issue per item not written, in export order; empty when everything went out
 */
public record ExportedFile(String fileName, ItemFormat format, byte[] content, List<ItemIssue> skipped) {

    public ExportedFile {
        content = content.clone();
        skipped = List.copyOf(skipped);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

package org.sourcebook.exchange;

import java.util.List;

/**
 * The whole bundle as written to JSON: a format name and version first, then documents, items and
 * lessons. See docs/bundle-format.md.
 */
public record Bundle(String format, int formatVersion, List<BundleDocument> documents) {

    public static final String FORMAT = "sourcebook-bundle";
    public static final int FORMAT_VERSION = 1;

    public Bundle {
        documents = List.copyOf(documents);
    }

    public static Bundle of(List<BundleDocument> documents) {
        return new Bundle(FORMAT, FORMAT_VERSION, documents);
    }
}

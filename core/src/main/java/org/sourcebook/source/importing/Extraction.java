package org.sourcebook.source.importing;

import org.jspecify.annotations.Nullable;

/** What one format's extractor found: text with paragraphs separated by blank lines, and metadata. */
record Extraction(String text, @Nullable String title, @Nullable String author) {

    static Extraction of(String text) {
        return new Extraction(text, null, null);
    }
}

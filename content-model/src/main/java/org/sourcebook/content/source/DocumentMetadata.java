package org.sourcebook.content.source;

import org.jspecify.annotations.Nullable;

/**
 * What is known about where a document comes from; the source-analysis block of a lesson starts
 * from it. Only the title is required. {@code date} is free text as printed on the source ("26
 * February 2021", "2021"); {@code address} is where the source can be found (a URL or a library
 * reference).
 */
public record DocumentMetadata(
        String title,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String date,
        @Nullable String address,
        @Nullable String licence,
        @Nullable String notes) {

    public static final int MAX_TITLE_LENGTH = 300;

    public DocumentMetadata {
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A document needs a title");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A document title may have at most " + MAX_TITLE_LENGTH + " characters");
        }
        author = blankToNull(author);
        publisher = blankToNull(publisher);
        date = blankToNull(date);
        address = blankToNull(address);
        licence = blankToNull(licence);
        notes = blankToNull(notes);
    }

    /** Metadata with only a title. */
    public static DocumentMetadata titled(String title) {
        return new DocumentMetadata(title, null, null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.sourcebook.content.source;

/**
 * A citation: characters {@code [start, end)} of one version of one document, with the quoted
 * text. The quote travels with the offsets so a citation can be checked, shown and re-anchored
 * without trusting the offsets alone.
 */
public record Span(DocumentId documentId, int version, int start, int end, String quote) {

    public Span {
        if (version < 1) {
            throw new IllegalArgumentException("Document versions count from 1, was " + version);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A citation needs 0 <= start < end, was [" + start + ", " + end + ")");
        }
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("The quote has " + quote.length() + " characters but the range has " + (end - start));
        }
    }

    public TextRange range() {
        return new TextRange(start, end);
    }

    /** True only if this cites {@code version} and the text at the offsets equals the quote. */
    public boolean isValidIn(DocumentVersion version) {
        return documentId.equals(version.documentId())
                && this.version == version.version()
                && end <= version.text().length()
                && version.text().substring(start, end).equals(quote);
    }
}

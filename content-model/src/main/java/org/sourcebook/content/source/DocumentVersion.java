package org.sourcebook.content.source;

import java.util.List;

/**
 * One immutable version of a source document: normalized text, its SHA-256, metadata, and the
 * paragraph and sentence boundaries found in it (ordered, non-overlapping, within the text).
 * Versions count from 1; re-importing a document creates the next version.
 */
public record DocumentVersion(
        DocumentId documentId,
        int version,
        String text,
        String sha256,
        DocumentMetadata metadata,
        List<TextRange> paragraphs,
        List<TextRange> sentences) {

    public DocumentVersion {
        if (version < 1) {
            throw new IllegalArgumentException("Document versions count from 1, was " + version);
        }
        if (!TextNormalization.isNormalized(text)) {
            throw new IllegalArgumentException("Document text must be normalized (NFC, \\n line ends, no BOM)");
        }
        if (!TextNormalization.sha256(text).equals(sha256)) {
            throw new IllegalArgumentException("The SHA-256 does not match the text");
        }
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        requireOrderedWithin(paragraphs, text, "paragraph");
        requireOrderedWithin(sentences, text, "sentence");
    }

    /** A version of {@code text} (normalized here), with boundaries from {@code segmenter}. */
    public static DocumentVersion of(
            DocumentId documentId, int version, String text, DocumentMetadata metadata, TextSegmenter segmenter) {
        String normalized = TextNormalization.normalize(text);
        List<TextRange> paragraphs = segmenter.paragraphs(normalized);
        return new DocumentVersion(documentId, version, normalized, TextNormalization.sha256(normalized), metadata,
                paragraphs, segmenter.sentences(normalized, paragraphs));
    }

    /** The text at {@code range}. */
    public String quote(TextRange range) {
        if (!range.isWithin(text)) {
            throw new IllegalArgumentException("Range " + range + " lies outside the document (" + text.length() + " characters)");
        }
        return text.substring(range.start(), range.end());
    }

    /** A citation of {@code range} in this version. */
    public Span cite(TextRange range) {
        return new Span(documentId, version, range.start(), range.end(), quote(range));
    }

    private static void requireOrderedWithin(List<TextRange> ranges, String text, String what) {
        int previousEnd = 0;
        for (TextRange range : ranges) {
            if (range.start() < previousEnd || !range.isWithin(text)) {
                throw new IllegalArgumentException("Each " + what + " must lie within the text, after the previous one: " + range);
            }
            previousEnd = range.end();
        }
    }
}

package org.sourcebook.content.source;

import java.util.List;

/**
 * Finds paragraph and sentence boundaries in normalized text. Language-specific rules
 * (abbreviations, date forms) live in implementations, so other languages can follow English.
 */
public interface TextSegmenter {

    /** Paragraphs in order; blank lines separate them; each range excludes surrounding whitespace. */
    List<TextRange> paragraphs(String text);

    /** Sentences in order, each inside one of {@code paragraphs}, excluding surrounding whitespace. */
    List<TextRange> sentences(String text, List<TextRange> paragraphs);
}

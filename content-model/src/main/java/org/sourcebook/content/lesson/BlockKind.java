package org.sourcebook.content.lesson;

/** The kinds of lesson block; the editor offers one button per kind. */
public enum BlockKind {
    READING_EXCERPT,
    FACT_CARD_DECK,
    QUIZ,
    TIMELINE,
    DISCUSSION_PROMPT,
    SOURCE_ANALYSIS
}

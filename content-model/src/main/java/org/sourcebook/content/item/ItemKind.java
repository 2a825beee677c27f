package org.sourcebook.content.item;

/** The kinds of item; the question bank filters by kind and exports map each kind to a format's type. */
public enum ItemKind {
    FACT_CARD,
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    CLOZE,
    MATCHING,
    ORDERING;

    /** False only for fact cards, which are reviewed with spaced repetition instead of graded. */
    public boolean isGraded() {
        return this != FACT_CARD;
    }
}

package org.sourcebook.drafting;

/** What a mention in a sentence is; the kinds a cloze gap or a distractor can be drawn from. */
public enum MentionKind {
    /** A count or measure, e.g. "613 civilians", "4.5 km", "12%". */
    NUMBER,
    /** A year or decade on its own, e.g. "1992", "the 1990s". */
    YEAR,
    /** A date with a month, e.g. "February 26, 1992", "March 1875". */
    DATE,
    PERSON,
    PLACE,
    ORGANISATION,
    /** A proper name whose type the document does not make clear. */
    NAME,
    /** A key term: one the document defines, names in quotation marks, or has in its title. */
    TERM,
    /**
     * A word that may be a term, found by its length or repetition only ("evapotranspiration",
     * "sanctions"): asked as a cloze, never swapped into a false statement or used as a distractor.
     */
    KEYWORD;

    public boolean isTemporal() {
        return this == YEAR || this == DATE;
    }

    public boolean isName() {
        return this == PERSON || this == PLACE || this == ORGANISATION || this == NAME;
    }
}

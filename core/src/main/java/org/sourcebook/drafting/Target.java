package org.sourcebook.drafting;

/** What a candidate item asks about; with the item's kind, what most decides how good it is. */
enum Target {
    DATE,
    YEAR,
    /** A number with what it counts, asked "how many ...?" because nothing else in the text counts the same. */
    COUNT,
    /** A number with what it counts or measures, asked in its sentence. */
    FIGURE,
    PERSON,
    PLACE,
    ORGANISATION,
    /** A term the text defines or puts in quotation marks. */
    TERM,
    /** A repeated content word that may be a term. */
    KEYWORD,
    DEFINITION,
    /** Why something happened or holds, as the text explains it: "... because ...". */
    REASON,
    ROLE,
    /** A true/false statement left as the source gives it. */
    STATEMENT_AS_GIVEN,
    /** A true/false statement with one number, date or place changed. */
    STATEMENT_CHANGED,
    EVENT_ORDER,
    /** What happened on a date the text gives, asked on a card. */
    EVENT,
    TERM_MATCH,
    FIGURE_MATCH,
    /** A question about the document as a source: purpose, point of view, the sources it names. */
    SOURCE_ANALYSIS,
    /** A question on what a source with a point of view claims: whom it holds responsible. */
    CLAIM
}

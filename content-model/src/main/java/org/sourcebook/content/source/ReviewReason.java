package org.sourcebook.content.source;

/** Why a citation could not be carried over to a new version of its document by itself. */
public enum ReviewReason {

    /** The quote is gone, but its first or second half is still there: the passage was edited. */
    QUOTE_CHANGED,

    /** Nothing recognisable of the quote is left: the passage was removed or rewritten. */
    QUOTE_VANISHED,

    /** The quote stands several times, equally near the old place with equally matching context. */
    QUOTE_AMBIGUOUS
}

package org.sourcebook.attempt;

/** How an attempt came to an end. */
public enum FinishedBy {
    /** The student submitted it. */
    STUDENT,
    /** Its time ran out (time limit or quiz closing) and the server submitted it with the answers saved by then. */
    TIME_LIMIT
}

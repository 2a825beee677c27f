package org.sourcebook.results;

/** Which submitted attempts the results count. */
public enum AttemptSelection {
    /** Each student's first attempt only, as Moodle's statistics do by default: later ones are practice. */
    FIRST,
    /** Every submitted attempt. */
    ALL
}

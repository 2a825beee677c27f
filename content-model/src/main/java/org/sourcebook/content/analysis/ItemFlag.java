package org.sourcebook.content.analysis;

/**
 * Something about an item worth a teacher's look. The thresholds follow the bands Moodle's
 * documentation gives for its facility and discrimination indices.
 */
public enum ItemFlag {
    /** Facility of 90% or more: Moodle's "very easy" and "extremely easy" bands. */
    TOO_EASY,
    /** Facility of 10% or less: Moodle's "very difficult" and "extremely difficult" bands. */
    TOO_HARD,
    /** Discrimination below 0: stronger attempts did worse on it than weaker ones; often a wrong key. */
    NEGATIVE_DISCRIMINATION,
    /** Discrimination from 0 up to (not including) 30%: Moodle's "weak" and "very weak" bands. */
    WEAK_DISCRIMINATION;

    /** Facility (in %) at or above which an item is {@link #TOO_EASY}. */
    public static final double EASY_FROM = 90;
    /** Facility (in %) at or below which an item is {@link #TOO_HARD}. */
    public static final double HARD_UP_TO = 10;
    /** Discrimination (in %) below which an item is {@link #WEAK_DISCRIMINATION} (or negative). */
    public static final double ADEQUATE_FROM = 30;
}

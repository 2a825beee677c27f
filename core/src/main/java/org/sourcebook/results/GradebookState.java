package org.sourcebook.results;

/** Where a student is with an assigned lesson, as the gradebook shows it. */
public enum GradebookState {
    /** No attempt yet, and the lesson is not overdue. */
    NOT_STARTED,
    /** An attempt is running (whatever was submitted before). */
    IN_PROGRESS,
    /** At least one attempt was submitted and none is running. */
    SUBMITTED,
    /** The assignment's due date has passed with nothing submitted and nothing running. */
    OVERDUE
}

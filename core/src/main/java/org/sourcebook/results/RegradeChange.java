package org.sourcebook.results;

/** An attempt whose marks a regrade changes, from {@code attempt.marks()} to {@code marksAfter}. */
public record RegradeChange(AttemptLine attempt, double marksAfter) {

    public double marksBefore() {
        return attempt.marks();
    }
}

package org.sourcebook.attempt;

/** The attempt was submitted, by the student or because its time ran out; answers can no longer change. */
public class AttemptClosedException extends RuntimeException {

    private final FinishedBy finishedBy;

    public AttemptClosedException(AttemptId id, FinishedBy finishedBy) {
        super("Attempt " + id + " has ended (" + finishedBy + ")");
        this.finishedBy = finishedBy;
    }

    public FinishedBy finishedBy() {
        return finishedBy;
    }
}

package org.sourcebook.attempt;

/** The attempt does not exist, or belongs to someone else (the two read the same, on purpose). */
public class NoSuchAttemptException extends RuntimeException {

    public NoSuchAttemptException(AttemptId id) {
        super("No attempt " + id);
    }
}

package org.sourcebook.attempt;

/**
 * What saving one answer did, and the attempt's last applied sequence number, from which the
 * page numbers its next save.
 */
public record AnswerSave(Outcome outcome, long lastSequence) {

    /** What happened to the answer. */
    public enum Outcome {
        /** Stored; it survives a closed tab, a lost connection and a server restart. */
        SAVED,
        /** This very save (same number, same answer) was stored before: a retried request. Nothing changed. */
        REPEATED,
        /** A later save of this attempt (from another tab) came first; this one was not stored. */
        SUPERSEDED,
        /** The question's answer was checked with immediate feedback and can no longer change. */
        LOCKED
    }

    public boolean stored() {
        return outcome == Outcome.SAVED || outcome == Outcome.REPEATED;
    }
}

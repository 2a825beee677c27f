package org.sourcebook.content.source;

/**
 * What became of one citation when its document got a new version: carried over to the new
 * offsets, or flagged for a teacher to review. Never silently kept on the old version nor dropped.
 */
public sealed interface ReanchorOutcome permits ReanchorOutcome.Anchored, ReanchorOutcome.NeedsReview {

    /** The citation as it was, in the old version. */
    Span citation();

    /** The same quote found in the new version; {@code anchored} cites it there. */
    record Anchored(Span citation, Span anchored) implements ReanchorOutcome {

        public Anchored {
            if (!anchored.quote().equals(citation.quote())) {
                throw new IllegalArgumentException("A re-anchored citation keeps its quote");
            }
        }
    }

    /** The quote could not be placed in the new version; {@code occurrences} is how often it stands there. */
    record NeedsReview(Span citation, ReviewReason reason, int occurrences) implements ReanchorOutcome {}
}

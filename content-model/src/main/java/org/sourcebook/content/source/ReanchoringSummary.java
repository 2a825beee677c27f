package org.sourcebook.content.source;

import java.util.List;

/**
 * The outcomes of re-anchoring a batch of citations after a re-import, with the counts a teacher
 * is told ("12 citations carried over, 2 need review").
 */
public record ReanchoringSummary(List<ReanchorOutcome> outcomes) {

    public ReanchoringSummary {
        outcomes = List.copyOf(outcomes);
    }

    public int anchored() {
        return outcomes.size() - needsReview();
    }

    public int needsReview() {
        return toReview().size();
    }

    public List<ReanchorOutcome.NeedsReview> toReview() {
        return outcomes.stream()
                .filter(ReanchorOutcome.NeedsReview.class::isInstance)
                .map(ReanchorOutcome.NeedsReview.class::cast)
                .toList();
    }
}

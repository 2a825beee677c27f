package org.sourcebook.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt in a list: when it ran and, once submitted, its score.
 *
 * @param score marks as a share of the maximum, in [0, 1]; null while the attempt runs
 */
public record AttemptSummary(AttemptId id, int number, Instant startedAt, @Nullable Instant submittedAt,
        @Nullable FinishedBy finishedBy, @Nullable Double score) {

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}

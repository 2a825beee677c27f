package org.sourcebook.results;

import java.time.Instant;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.FinishedBy;

/**
 * One submitted attempt in a results table.
 *
 * @param marks the marks as stored (and shown to the student), each question worth one
 */
public record AttemptLine(AttemptId id, long studentId, String student, int number, double marks, int maxMarks,
        Instant startedAt, Instant submittedAt, FinishedBy finishedBy) {

    /** Marks as a share of the maximum, in [0, 1]. */
    public double score() {
        return maxMarks == 0 ? 0 : marks / maxMarks;
    }
}

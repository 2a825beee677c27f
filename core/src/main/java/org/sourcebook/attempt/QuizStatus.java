package org.sourcebook.attempt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.QuizSettings;

/**
 * Where the signed-in student stands with one quiz.
 *
 * @param attempts every attempt so far, first first
 * @param running the attempt in progress, to resume, if any
 * @param whyNotStart why a new attempt cannot start now; null when it can (or one is running)
 * @param grade the score that counts under the quiz's grading method; empty before any submitted attempt
 */
public record QuizStatus(QuizSettings settings, int questionCount, List<AttemptSummary> attempts,
        @Nullable AttemptId running, @Nullable Problem whyNotStart, OptionalDouble grade) {

    public QuizStatus {
        attempts = List.copyOf(attempts);
    }

    public Optional<AttemptId> runningAttempt() {
        return Optional.ofNullable(running);
    }

    /** The best score of any submitted attempt. */
    public OptionalDouble best() {
        return attempts.stream().filter(AttemptSummary::isSubmitted).mapToDouble(AttemptSummary::score).max();
    }
}

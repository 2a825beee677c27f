package org.sourcebook.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.quiz.AttemptGrading;

/**
 * A submitted attempt as the student may see it under the quiz's feedback setting.
 *
 * @param grading the marks, right answers and feedback; null while the settings keep them back
 * @param resultsFrom when results become visible, if they are kept back until the quiz closes
 */
public record AttemptReview(QuizAttempt attempt, @Nullable AttemptGrading grading, @Nullable Instant resultsFrom) {

    public boolean resultsVisible() {
        return grading != null;
    }
}

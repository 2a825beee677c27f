package org.sourcebook.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AnswerSheet;

/**
 * One attempt at a quiz as stored: the questions as they were when it started (in the order this
 * attempt shows them), the settings it runs under, every answer saved so far, and whether and how
 * it ended.
 *
 * @param number 1 for a student's first attempt at the quiz
 * @param deadline when the server ends the attempt by itself, or null for never
 * @param locked questions whose answer was checked (immediate feedback) and can no longer change
 * @param marks the marks it earned, once submitted
 */
public record QuizAttempt(
        AttemptId id,
        LessonId lesson,
        BlockId quiz,
        int number,
        List<Question> questions,
        QuizSettings settings,
        long shuffleSeed,
        Instant startedAt,
        @Nullable Instant deadline,
        AnswerSheet answers,
        Set<ItemId> locked,
        @Nullable Instant submittedAt,
        @Nullable FinishedBy finishedBy,
        @Nullable Double marks) {

    public QuizAttempt {
        questions = List.copyOf(questions);
        locked = Set.copyOf(locked);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Time left at {@code now}, never negative; null when the attempt has no deadline. */
    public @Nullable Duration timeLeft(Instant now) {
        if (deadline == null) {
            return null;
        }
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The score as a share of the maximum marks, once submitted. */
    public @Nullable Double score() {
        return marks == null ? null : questions.isEmpty() ? 0 : marks / questions.size();
    }

    /**
     * {@code options} of {@code question} in the order this attempt shows them: shuffled when the
     * quiz shuffles options (or always, for entries a student must put in order), the same way
     * every time the attempt is shown.
     */
    public <T> List<T> displayOrder(ItemId question, List<T> options, boolean alwaysShuffle) {
        if (!alwaysShuffle && !settings.shuffleOptions()) {
            return options;
        }
        List<T> shuffled = new ArrayList<>(options);
        Random random = new Random(shuffleSeed ^ question.value().getLeastSignificantBits());
        Collections.shuffle(shuffled, random);
        if (alwaysShuffle && shuffled.equals(options) && options.size() > 1) {
            Collections.rotate(shuffled, 1); // entries to order must never start out in the right order
        }
        return shuffled;
    }
}

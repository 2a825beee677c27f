package org.sourcebook.study;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.cardreview.DeckProgress;
import org.sourcebook.lesson.PublishedLessonSummary;

/**
 * How far the signed-in student is with one lesson: each quiz's attempts and grade, the lesson's
 * fact cards, and when it is due.
 *
 * @param due the earliest of the assignment's due date and the closing time of the lesson's still-open
 *     quizzes; null when none is set
 */
public record LessonProgress(PublishedLessonSummary lesson, List<QuizProgress> quizzes, DeckProgress cards,
        @Nullable Instant due) {

    public LessonProgress {
        quizzes = List.copyOf(quizzes);
    }

    /** The best score of any submitted attempt at any of the lesson's quizzes. */
    public OptionalDouble bestScore() {
        return quizzes.stream().map(quiz -> quiz.status().best()).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    public int attempts() {
        return quizzes.stream().mapToInt(quiz -> quiz.status().attempts().size()).sum();
    }

    /** Submitted attempts of every quiz, in the order they were started. */
    public List<AttemptSummary> submittedAttempts() {
        return quizzes.stream().flatMap(quiz -> quiz.status().attempts().stream())
                .filter(AttemptSummary::isSubmitted)
                .sorted(Comparator.comparing(AttemptSummary::startedAt))
                .toList();
    }

    /** Whether every quiz has a submitted attempt (a lesson without quizzes is complete when its cards are studied). */
    public boolean isComplete() {
        boolean quizzesDone = quizzes.stream().allMatch(quiz -> quiz.status().grade().isPresent());
        return quizzesDone && cards.studied() == cards.cards();
    }
}

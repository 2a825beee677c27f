package org.sourcebook.study;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.PublishedLessonSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in student's lessons with their progress: what the home and progress pages show. */
@Service
@Transactional
@RolesAllowed(Role.Name.STUDENT)
public class StudyService {

    private final PublishedLessonService lessons;
    private final QuizAttemptService attempts;
    private final CardReviewService cards;
    private final Clock clock;

    StudyService(PublishedLessonService lessons, QuizAttemptService attempts, CardReviewService cards, Clock clock) {
        this.lessons = lessons;
        this.attempts = attempts;
        this.cards = cards;
        this.clock = clock;
    }

    /** Every lesson open to the student, with progress; those due soonest first, then the newest. */
    public List<LessonProgress> myLessons() {
        return lessons.openLessons().stream()
                .map(summary -> progress(summary, lessons.open(summary.id())))
                .sorted(Comparator.comparing(LessonProgress::due,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** @throws NoSuchLessonException if the lesson is not published or not open to the student */
    public LessonProgress progress(LessonId id) {
        PublishedLesson lesson = lessons.open(id);
        PublishedLessonSummary summary = new PublishedLessonSummary(id, lesson.lesson().title(), lesson.lesson().summary(),
                lesson.teacherName(), lesson.updatedAt(), lesson.due());
        return progress(summary, lesson);
    }

    private LessonProgress progress(PublishedLessonSummary summary, PublishedLesson lesson) {
        Instant now = clock.instant();
        List<QuizProgress> quizzes = lesson.quizzes().stream()
                .map(quiz -> new QuizProgress(quiz.id(), attempts.status(summary.id(), quiz.id())))
                .toList();
        Instant due = Stream.concat(Stream.of(summary.due()), lesson.quizzes().stream()
                        .map(Quiz::settings)
                        .map(QuizSettings::closesAt)
                        .filter(Objects::nonNull)
                        .filter(closes -> closes.isAfter(now)))
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
        return new LessonProgress(summary, quizzes, cards.progress(lesson), due);
    }
}

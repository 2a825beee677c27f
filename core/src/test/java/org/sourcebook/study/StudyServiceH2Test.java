package org.sourcebook.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.review.Rating;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.PublishedLessonSummary;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** What students see of lessons and their own progress (H2; the services below are tested on PostgreSQL too). */
@SpringBootTest
class StudyServiceH2Test {

    @Autowired
    StudyService study;

    @Autowired
    PublishedLessonService published;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    CardReviewService reviews;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    TestTeachers people;

    @Autowired
    MutableClock clock;

    @Test
    void studentsSeePublishedLessonsWithTheirTeacherAndOnlyTheItemsTheyUse() {
        Published lesson = lessons.publish(List.of(SampleItems.factCard()), List.of(SampleItems.trueFalse()),
                QuizSettings.DEFAULTS);
        SignedIn student = lesson.enrol(people.newStudent());

        List<PublishedLessonSummary> open = student.get(published::openLessons);

        assertThat(open).filteredOn(summary -> summary.id().equals(lesson.id())).singleElement()
                .satisfies(summary -> assertThat(summary.teacherName()).isEqualTo("Teacher"));
        var opened = student.get(() -> published.open(lesson.id()));
        assertThat(opened.items().keySet())
                .containsExactlyInAnyOrder(lesson.cards().get(0).id(), lesson.questions().get(0).id());
        assertThat(opened.cards()).hasSize(1);
    }

    @Test
    void draftLessonsStayHiddenAndTeachersUseTheirOwnPages() {
        Published lesson = lessons.publish(List.of(SampleItems.factCard()), List.of(), QuizSettings.DEFAULTS);
        SignedIn student = lesson.enrol(people.newStudent());

        assertThatThrownBy(() -> student.run(() -> published.open(LessonId.random())))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> lesson.teacher().run(() -> published.open(lesson.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lesson.teacher().run(study::myLessons)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressShowsScoresAttemptsCardsAndTheDueDate() {
        Instant closes = clock.instant().plus(Duration.ofDays(3));
        QuizSettings settings = new QuizSettings(0, null, null, closes, false, false, FeedbackTiming.AFTER_SUBMISSION,
                GradingMethod.HIGHEST, 0.5, QuizLayout.ALL_ON_ONE_PAGE);
        Published lesson = lessons.publish(List.of(SampleItems.factCard(), SampleItems.factCard()),
                List.of(SampleItems.singleChoice(), SampleItems.trueFalse()), settings);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        student.run(() -> attempts.save(attempt.id(), lesson.questions().get(0).id(), ChoiceResponse.of("b"), 1));
        student.run(() -> attempts.submit(attempt.id()));
        student.run(() -> reviews.rate(lesson.cards().get(0).id(), Rating.GOOD, 0));

        LessonProgress progress = student.get(() -> study.progress(lesson.id()));

        assertThat(progress.due()).isEqualTo(closes);
        assertThat(progress.attempts()).isEqualTo(1);
        assertThat(progress.bestScore()).hasValue(0.5);
        assertThat(progress.submittedAttempts()).hasSize(1);
        assertThat(progress.cards().studied()).isEqualTo(1);
        assertThat(progress.cards().learned()).isZero();
        assertThat(progress.isComplete()).isFalse();
        assertThat(student.get(study::myLessons)).extracting(found -> found.lesson().id()).contains(lesson.id());
    }
}

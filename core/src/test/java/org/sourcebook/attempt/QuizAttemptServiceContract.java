package org.sourcebook.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.AnswerSave.Outcome;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.Correctness;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Quiz attempts as they must behave on every supported database. */
@SpringBootTest
abstract class QuizAttemptServiceContract {

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    AttemptFinisher finisher;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    TestTeachers people;

    @Autowired
    ItemService items;

    @Autowired
    MutableClock clock;

    private static QuizSettings settings(int attemptsAllowed, Duration limit, FeedbackTiming feedback, GradingMethod method,
            Instant closes) {
        return new QuizSettings(attemptsAllowed, limit, null, closes, false, false, feedback, method, 0.5,
                QuizLayout.ONE_PER_PAGE);
    }

    private Published threeQuestions(QuizSettings settings) {
        return lessons.publish(List.of(), List.of(SampleItems.singleChoice(), SampleItems.shortAnswer(), SampleItems.cloze()),
                settings);
    }

    private static final QuizSettings OPEN = QuizSettings.DEFAULTS;

    @Test
    void startingTwiceResumesTheSameAttemptWithItsQuestionsInOrder() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());

        QuizAttempt first = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        QuizAttempt again = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.questions()).isEqualTo(lesson.questions());
        assertThat(first.deadline()).isNull();
        assertThat(student.get(() -> attempts.status(lesson.id(), lesson.quiz())).runningAttempt()).contains(first.id());
    }

    @Test
    void everyAnswerIsStoredWhenGivenAndReadBackOnResume() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        ItemId choice = lesson.questions().get(0).id();
        ItemId text = lesson.questions().get(1).id();

        student.run(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("a"), 1));
        student.run(() -> attempts.save(attempt.id(), text, new TextResponse("Xocalı"), 2));
        AnswerSave changed = student.get(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("b"), 3));

        assertThat(changed).isEqualTo(new AnswerSave(Outcome.SAVED, 3));
        QuizAttempt resumed = student.get(() -> attempts.find(attempt.id()));
        assertThat(resumed.answers().lastSequence()).isEqualTo(3);
        assertThat(resumed.answers().answers().get(choice).response()).isEqualTo(ChoiceResponse.of("b"));
        assertThat(resumed.answers().answers().get(text).response()).isEqualTo(new TextResponse("Xocalı"));
        assertThat(resumed.answers().answers().get(text).savedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRepeatedSaveChangesNothingAndALateOneIsReportedAsSuperseded() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        ItemId gaps = lesson.questions().get(2).id();
        student.run(() -> attempts.save(attempt.id(), gaps, GapResponse.of("Khojaly", "26"), 1));
        student.run(() -> attempts.save(attempt.id(), gaps, GapResponse.of("Khojaly", "25"), 2));

        AnswerSave retried = student.get(() -> attempts.save(attempt.id(), gaps, GapResponse.of("Khojaly", "25"), 2));
        AnswerSave late = student.get(() -> attempts.save(attempt.id(), gaps, GapResponse.of("Ganja", "1"), 1));

        assertThat(retried).isEqualTo(new AnswerSave(Outcome.REPEATED, 2));
        assertThat(late).isEqualTo(new AnswerSave(Outcome.SUPERSEDED, 2));
        SavedAnswer kept = student.get(() -> attempts.find(attempt.id())).answers().answers().get(gaps);
        assertThat(kept.response()).isEqualTo(GapResponse.of("Khojaly", "25"));
        assertThat(kept.sequence()).isEqualTo(2);
    }

    @Test
    void submittingGradesTheSavedAnswersAndLocksTheAttempt() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        List<Question> questions = lesson.questions();
        student.run(() -> attempts.save(attempt.id(), questions.get(0).id(), ChoiceResponse.of("b"), 1));
        student.run(() -> attempts.save(attempt.id(), questions.get(2).id(), GapResponse.of("Khojaly", "1"), 2));

        QuizAttempt submitted = student.get(() -> attempts.submit(attempt.id()));

        assertThat(submitted.finishedBy()).isEqualTo(FinishedBy.STUDENT);
        assertThat(submitted.marks()).isEqualTo(1.5);
        assertThat(submitted.score()).isEqualTo(0.5);
        assertThat(student.get(() -> attempts.submit(attempt.id())).submittedAt()).isEqualTo(submitted.submittedAt());
        assertThatThrownBy(() -> student.run(() -> attempts.save(attempt.id(), questions.get(1).id(), new TextResponse("x"), 3)))
                .isInstanceOf(AttemptClosedException.class);
        AttemptReview review = student.get(() -> attempts.review(attempt.id()));
        assertThat(review.grading().grades().get(questions.get(0).id()).correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(review.grading().grades().get(questions.get(1).id()).correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void theGradeThatCountsFollowsTheGradingMethodAndAttemptsRunOut() {
        Published lesson = threeQuestions(settings(2, null, FeedbackTiming.AFTER_SUBMISSION, GradingMethod.LAST, null));
        SignedIn student = lesson.enrol(people.newStudent());
        ItemId choice = lesson.questions().get(0).id();
        QuizAttempt first = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        student.run(() -> attempts.save(first.id(), choice, ChoiceResponse.of("b"), 1));
        student.run(() -> attempts.submit(first.id()));
        QuizAttempt second = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        student.run(() -> attempts.submit(second.id()));

        QuizStatus status = student.get(() -> attempts.status(lesson.id(), lesson.quiz()));

        assertThat(second.number()).isEqualTo(2);
        assertThat(status.attempts()).extracting(AttemptSummary::score).containsExactly(1.0 / 3, 0.0);
        assertThat(status.grade()).hasValue(0.0);
        assertThat(status.best()).hasValue(1.0 / 3);
        assertThat(status.whyNotStart().code()).isEqualTo("no-attempts-left");
        assertThatThrownBy(() -> student.run(() -> attempts.startOrResume(lesson.id(), lesson.quiz())))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.problem().code()).isEqualTo("no-attempts-left"));
    }

    @Test
    void theServerSubmitsAnAttemptWhenItsTimeRunsOutWithTheAnswersSavedByThen() {
        Published lesson = threeQuestions(settings(0, Duration.ofMinutes(10), FeedbackTiming.AFTER_SUBMISSION,
                GradingMethod.HIGHEST, null));
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        ItemId choice = lesson.questions().get(0).id();
        student.run(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("b"), 1));
        assertThat(attempt.deadline()).isEqualTo(attempt.startedAt().plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> student.run(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("a"), 2)))
                .isInstanceOfSatisfying(AttemptClosedException.class,
                        closed -> assertThat(closed.finishedBy()).isEqualTo(FinishedBy.TIME_LIMIT));
        QuizAttempt ended = student.get(() -> attempts.find(attempt.id()));
        assertThat(ended.submittedAt()).isEqualTo(attempt.deadline());
        assertThat(ended.finishedBy()).isEqualTo(FinishedBy.TIME_LIMIT);
        assertThat(ended.marks()).isEqualTo(1.0);
    }

    @Test
    void anOverdueAttemptIsSubmittedEvenIfNobodyLooksAtIt() {
        Published lesson = threeQuestions(settings(0, Duration.ofMinutes(5), FeedbackTiming.AFTER_SUBMISSION,
                GradingMethod.HIGHEST, null));
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));

        clock.advance(Duration.ofMinutes(6));
        finisher.finishOverdue();

        QuizStatus status = student.get(() -> attempts.status(lesson.id(), lesson.quiz()));
        assertThat(status.attempts()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(attempt.id());
            assertThat(summary.finishedBy()).isEqualTo(FinishedBy.TIME_LIMIT);
            assertThat(summary.score()).isEqualTo(0.0);
        });
        assertThat(status.runningAttempt()).isEmpty();
    }

    @Test
    void resultsAreKeptBackUntilTheQuizClosesWhenTheSettingsSaySo() {
        Instant closes = clock.instant().plus(Duration.ofHours(1));
        Published lesson = threeQuestions(settings(0, null, FeedbackTiming.AFTER_CLOSE, GradingMethod.HIGHEST, closes));
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        student.run(() -> attempts.submit(attempt.id()));

        AttemptReview before = student.get(() -> attempts.review(attempt.id()));
        clock.advance(Duration.ofHours(2));
        AttemptReview after = student.get(() -> attempts.review(attempt.id()));

        assertThat(before.resultsVisible()).isFalse();
        assertThat(before.resultsFrom()).isEqualTo(closes);
        assertThat(after.resultsVisible()).isTrue();
    }

    @Test
    void immediateFeedbackGradesAnAnswerAndLocksIt() {
        Published lesson = threeQuestions(settings(0, null, FeedbackTiming.IMMEDIATE, GradingMethod.HIGHEST, null));
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        ItemId choice = lesson.questions().get(0).id();

        CheckedAnswer checked = student.get(() -> attempts.check(attempt.id(), choice, ChoiceResponse.of("a"), 1));
        AnswerSave changeAfterwards = student.get(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("b"), 2));

        assertThat(checked.grade().correctness()).isEqualTo(Correctness.WRONG);
        assertThat(changeAfterwards.outcome()).isEqualTo(Outcome.LOCKED);
        QuizAttempt resumed = student.get(() -> attempts.find(attempt.id()));
        assertThat(resumed.locked()).containsExactly(choice);
        assertThat(resumed.answers().answers().get(choice).response()).isEqualTo(ChoiceResponse.of("a"));
    }

    @Test
    void aTeachersLaterEditDoesNotChangeARunningAttempt() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        Question original = lesson.questions().get(1);
        lesson.teacher().run(() -> items.update(original.withInfo(original.info().withPrompt("Edited prompt")),
                items.findElseThrow(original.id()).version()));

        assertThat(student.get(() -> attempts.find(attempt.id())).questions().get(1).prompt()).isEqualTo(original.prompt());
    }

    @Test
    void quizzesOutsideTheirOpeningTimesRefuseNewAttempts() {
        Instant closes = clock.instant().plus(Duration.ofMinutes(30));
        Published lesson = threeQuestions(settings(0, null, FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, closes));
        SignedIn student = lesson.enrol(people.newStudent());

        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> student.run(() -> attempts.startOrResume(lesson.id(), lesson.quiz())))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.problem().code()).isEqualTo("quiz-closed"));
    }

    @Test
    void otherPeopleCannotReachAnAttemptAndDraftLessonsHaveNoQuizzes() {
        Published lesson = threeQuestions(OPEN);
        SignedIn student = lesson.enrol(people.newStudent());
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        ItemId choice = lesson.questions().get(0).id();
        SignedIn other = people.newStudent();

        assertThatThrownBy(() -> other.run(() -> attempts.find(attempt.id()))).isInstanceOf(NoSuchAttemptException.class);
        assertThatThrownBy(() -> other.run(() -> attempts.save(attempt.id(), choice, ChoiceResponse.of("b"), 1)))
                .isInstanceOf(NoSuchAttemptException.class);
        assertThatThrownBy(() -> other.run(() -> attempts.submit(attempt.id()))).isInstanceOf(NoSuchAttemptException.class);
        assertThatThrownBy(() -> lesson.teacher().run(() -> attempts.find(attempt.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> attempts.save(attempt.id(), ItemId.random(), ChoiceResponse.of("b"), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(student.get(() -> attempts.find(attempt.id())).answers().answers()).isEmpty();
        assertThatThrownBy(() -> student.run(() -> attempts.startOrResume(
                        org.sourcebook.content.lesson.LessonId.random(), lesson.quiz())))
                .isInstanceOf(NoSuchLessonException.class);
    }
}

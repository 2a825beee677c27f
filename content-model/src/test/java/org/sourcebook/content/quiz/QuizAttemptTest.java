package org.sourcebook.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;

class QuizAttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void anAttemptStartsOnlyWhileTheQuizIsOpenAndAttemptsAreLeft() {
        var settings = new QuizSettings(2, null, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), false, true,
                FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE);

        assertThat(AttemptPolicy.whyNotStart(settings, 1, NOW)).isEmpty();
        assertThat(AttemptPolicy.whyNotStart(settings, 2, NOW)).contains(AttemptPolicy.NO_ATTEMPTS_LEFT);
        assertThat(AttemptPolicy.whyNotStart(settings, 0, NOW.minus(Duration.ofDays(2)))).contains(AttemptPolicy.NOT_OPEN);
        assertThat(AttemptPolicy.whyNotStart(settings, 0, NOW.plus(Duration.ofDays(1)))).contains(AttemptPolicy.CLOSED);
        assertThat(AttemptPolicy.whyNotStart(QuizSettings.DEFAULTS, 1_000, NOW)).isEmpty();
    }

    @Test
    void anAttemptEndsAtItsTimeLimitOrWhenTheQuizClosesWhicheverIsFirst() {
        var limited = new QuizSettings(0, Duration.ofMinutes(20), null, NOW.plus(Duration.ofMinutes(30)), false, true,
                FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE);

        assertThat(AttemptPolicy.deadline(limited, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(AttemptPolicy.deadline(limited, NOW.plus(Duration.ofMinutes(15)))).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(AttemptPolicy.deadline(QuizSettings.DEFAULTS, NOW)).isNull();
    }

    @Test
    void aRepeatedOrLateSaveChangesNothingSoTheLastAnswerGivenStays() {
        var question = SampleItems.singleChoice();
        AnswerSheet.Saved first = AnswerSheet.EMPTY.save(question.id(), ChoiceResponse.of("a"), 1, NOW);
        AnswerSheet.Saved second = first.sheet().save(question.id(), ChoiceResponse.of("b"), 2, NOW.plusSeconds(5));

        AnswerSheet.Saved retried = second.sheet().save(question.id(), ChoiceResponse.of("b"), 2, NOW.plusSeconds(6));
        AnswerSheet.Saved late = second.sheet().save(question.id(), ChoiceResponse.of("a"), 1, NOW.plusSeconds(7));

        assertThat(first.outcome()).isEqualTo(AnswerSheet.Outcome.APPLIED);
        assertThat(retried.outcome()).isEqualTo(AnswerSheet.Outcome.ALREADY_APPLIED);
        assertThat(late.outcome()).isEqualTo(AnswerSheet.Outcome.ALREADY_APPLIED);
        assertThat(late.sheet().answers().get(question.id()).response()).isEqualTo(ChoiceResponse.of("b"));
        assertThat(late.sheet().lastSequence()).isEqualTo(2);
    }

    @Test
    void anAttemptScoresItsShareOfMarksAndListsWhatWasLeftUnanswered() {
        List<Question> questions = List.of(SampleItems.trueFalse(), SampleItems.shortAnswer(), SampleItems.numeric());
        AnswerSheet sheet = AnswerSheet.EMPTY
                .save(questions.get(0).id(), ChoiceResponse.of("true"), 1, NOW).sheet()
                .save(questions.get(1).id(), new TextResponse("Xocali"), 2, NOW).sheet();

        AttemptGrading grading = AttemptGrading.of(questions, sheet);

        assertThat(grading.marks()).isEqualTo(2.0);
        assertThat(grading.maxMarks()).isEqualTo(3);
        assertThat(grading.score()).isEqualTo(2.0 / 3);
        assertThat(grading.grades().get(questions.get(2).id()).reason().code()).isEqualTo("no-answer");
        assertThat(AttemptGrading.unanswered(questions, sheet)).containsExactly(questions.get(2).id());
    }
}

package org.sourcebook.content.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.Problem;

class QuizSettingsTest {

    @Test
    void settingsStoredBeforeLayoutsExistedShowOneQuestionPerPage() {
        var stored = new QuizSettings(0, null, null, null, false, true, FeedbackTiming.AFTER_SUBMISSION,
                GradingMethod.HIGHEST, 0.5, null);

        assertThat(stored.layout()).isEqualTo(QuizLayout.ONE_PER_PAGE);
    }

    @Test
    void flaggedQuestionsAreServedByDefaultAndTheDefaultIsStoredAsAbsent() {
        assertThat(QuizSettings.DEFAULTS.whenFlagged()).isEqualTo(FlaggedQuestions.KEEP_SERVING);
        assertThat(QuizSettings.DEFAULTS.withFlaggedQuestions(FlaggedQuestions.KEEP_SERVING)).isEqualTo(QuizSettings.DEFAULTS);
        QuizSettings held = QuizSettings.DEFAULTS.withFlaggedQuestions(FlaggedQuestions.HOLD_QUIZ);
        assertThat(held.whenFlagged()).isEqualTo(FlaggedQuestions.HOLD_QUIZ);
        assertThat(held.flaggedQuestions()).isEqualTo(FlaggedQuestions.HOLD_QUIZ);
        assertThat(QuizSettings.DEFAULTS.flaggedQuestions()).isNull();
    }

    private static final Instant OPENS = Instant.parse("2026-02-26T08:00:00Z");

    @Test
    void theDefaultsAreValidAndUnlimited() {
        assertThat(QuizSettings.DEFAULTS.problems()).isEmpty();
        assertThat(QuizSettings.DEFAULTS.isUnlimited()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSettings")
    void eachRuleReportsItsCodeAndMessage(String rule, QuizSettings settings, Problem expected) {
        assertThat(settings.problems()).containsExactly(expected);
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                invalid("negative attempts", settings(-1),
                        "attempts-negative", "attempts allowed must not be negative (0 means unlimited)"),
                invalid("zero time limit", timed(Duration.ZERO),
                        "time-limit-not-positive", "a time limit must be longer than zero"),
                invalid("negative time limit", timed(Duration.ofMinutes(-5)),
                        "time-limit-not-positive", "a time limit must be longer than zero"),
                invalid("closes before it opens", open(OPENS, OPENS.minusSeconds(60), FeedbackTiming.AFTER_SUBMISSION),
                        "closes-before-opens", "closing time must be after opening time"),
                invalid("closes when it opens", open(OPENS, OPENS, FeedbackTiming.AFTER_SUBMISSION),
                        "closes-before-opens", "closing time must be after opening time"),
                invalid("feedback after a close that never comes", open(OPENS, null, FeedbackTiming.AFTER_CLOSE),
                        "feedback-after-close-never-closes", "feedback after closing needs a closing time"),
                invalid("pass mark above 1", passMark(1.5), "pass-mark-out-of-range", "pass mark must be between 0 and 1"),
                invalid("pass mark below 0", passMark(-0.5), "pass-mark-out-of-range", "pass mark must be between 0 and 1"),
                invalid("pass mark not a number", passMark(Double.NaN),
                        "pass-mark-out-of-range", "pass mark must be between 0 and 1"));
    }

    @Test
    void aWindowThatClosesAfterItOpensIsValid() {
        assertThat(open(OPENS, OPENS.plusSeconds(3600), FeedbackTiming.AFTER_CLOSE).problems()).isEmpty();
        assertThat(open(null, OPENS, FeedbackTiming.IMMEDIATE).problems()).isEmpty();
    }

    static QuizSettings settings(int attempts) {
        return new QuizSettings(attempts, null, null, null, false, true, FeedbackTiming.AFTER_SUBMISSION,
                GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE);
    }

    private static QuizSettings timed(Duration limit) {
        return new QuizSettings(1, limit, null, null, false, true, FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE);
    }

    private static QuizSettings open(@Nullable Instant opens, @Nullable Instant closes, FeedbackTiming feedback) {
        return new QuizSettings(1, null, opens, closes, false, true, feedback, GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE);
    }

    private static QuizSettings passMark(double passMark) {
        return new QuizSettings(1, null, null, null, false, true, FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST,
                passMark, QuizLayout.ONE_PER_PAGE);
    }

    private static Arguments invalid(String rule, QuizSettings settings, String code, String message) {
        return Arguments.of(rule, settings, new Problem(code, message));
    }
}

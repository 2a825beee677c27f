package org.sourcebook.content.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FSRS-6 against reference values computed from the published formulas by
 * {@code scripts/fsrs-reference.py}, which shares no code with the scheduler.
 */
class FsrsSchedulerTest {

    private static final Offset<Double> CLOSE = within(1e-5);
    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.DEFAULTS);

    @ParameterizedTest
    @CsvSource({"AGAIN, 0.212, 6.4133", "HARD, 1.2931, 5.112171", "GOOD, 2.3065, 2.118104", "EASY, 8.2956, 1.0"})
    void aNewCardStartsFromTheInitialStabilityAndDifficultyOfItsFirstRating(Rating rating, double stability,
            double difficulty) {
        CardMemory after = fsrs.review(CardMemory.fresh(START), rating, START).after();

        assertThat(after.stability()).isCloseTo(stability, CLOSE);
        assertThat(after.difficulty()).isCloseTo(difficulty, CLOSE);
    }

    @Test
    void aNewCardGoesThroughTheLearningStepsThenGetsDaysAndRecallGrowsItsStability() {
        ReviewLog first = fsrs.review(CardMemory.fresh(START), Rating.GOOD, START);
        assertThat(first.after().phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(first.interval()).isEqualTo(Duration.ofMinutes(10));

        Instant tenMinutesLater = START.plus(Duration.ofMinutes(10));
        ReviewLog second = fsrs.review(first.after(), Rating.GOOD, tenMinutesLater);
        assertThat(second.after().phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(second.after().stability()).isCloseTo(2.3065, CLOSE);
        assertThat(second.after().difficulty()).isCloseTo(2.111214, CLOSE);
        assertThat(second.interval()).isEqualTo(Duration.ofDays(2));

        ReviewLog third = fsrs.review(second.after(), Rating.GOOD, second.after().due());
        assertThat(third.retrievability()).isCloseTo(0.909493, CLOSE);
        assertThat(third.after().stability()).isCloseTo(10.971048, CLOSE);
        assertThat(third.after().difficulty()).isCloseTo(2.104331, CLOSE);
        assertThat(third.interval()).isEqualTo(Duration.ofDays(11));
        assertThat(third.after().reviews()).isEqualTo(3);
    }

    @Test
    void aLapseSendsTheCardToRelearningWithTheForgetStability() {
        CardMemory review = fsrs.review(fsrs.review(CardMemory.fresh(START), Rating.GOOD, START).after(), Rating.GOOD,
                START.plus(Duration.ofMinutes(10))).after();
        CardMemory matured = fsrs.review(review, Rating.GOOD, review.due()).after();

        ReviewLog lapse = fsrs.review(matured, Rating.AGAIN, matured.due().plus(Duration.ofDays(30)));

        assertThat(lapse.retrievability()).isCloseTo(0.788646, CLOSE);
        assertThat(lapse.after().stability()).isCloseTo(1.848522, CLOSE);
        assertThat(lapse.after().difficulty()).isCloseTo(7.389976, CLOSE);
        assertThat(lapse.after().phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(lapse.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapse.after().lapses()).isEqualTo(1);
    }

    @Test
    void hardRecallGrowsStabilityLessAndEasyMoreThanTheFormulasSay() {
        assertThat(fsrs.recallStability(5, 10, fsrs.forgettingCurve(10, 10), Rating.HARD)).isCloseTo(23.246875, CLOSE);
        assertThat(fsrs.recallStability(5, 10, fsrs.forgettingCurve(10, 10), Rating.EASY)).isCloseTo(51.253862, CLOSE);
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDaysAndTheIntervalFollowsTheDesiredRetention() {
        assertThat(fsrs.forgettingCurve(10, 10)).isCloseTo(0.9, CLOSE);
        assertThat(fsrs.intervalDays(10)).isEqualTo(10);
        assertThat(new FsrsScheduler(FsrsParameters.DEFAULTS.withDesiredRetention(0.8)).intervalDays(10)).isEqualTo(33);
    }

    @Test
    void hardOnTheFirstStepWaitsBetweenTheFirstTwoSteps() {
        ReviewLog hard = fsrs.review(CardMemory.fresh(START), Rating.HARD, START);

        assertThat(hard.interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(hard.after().phase()).isEqualTo(CardPhase.LEARNING);
    }

    @Test
    void easyGraduatesANewCardAtOnce() {
        ReviewLog easy = fsrs.review(CardMemory.fresh(START), Rating.EASY, START);

        assertThat(easy.after().phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(easy.interval()).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void parametersMustBeComplete() {
        assertThatThrownBy(() -> new FsrsParameters(List.of(1.0), 0.9, List.of(), List.of(), 100))
                .hasMessageContaining("21 weights");
        assertThatThrownBy(() -> FsrsParameters.DEFAULTS.withDesiredRetention(1.0)).hasMessageContaining("retention");
    }
}

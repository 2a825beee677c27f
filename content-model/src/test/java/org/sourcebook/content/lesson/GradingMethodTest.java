package org.sourcebook.content.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GradingMethodTest {

    private static final List<Double> ATTEMPTS = List.of(0.4, 0.9, 0.5);

    @ParameterizedTest(name = "{0} of 0.4, 0.9, 0.5 is {1}")
    @CsvSource({"HIGHEST, 0.9", "AVERAGE, 0.6", "FIRST, 0.4", "LAST, 0.5"})
    void combinesAttemptScoresInTheOrderTheyWereMade(GradingMethod method, double expected) {
        assertThat(method.combine(ATTEMPTS).getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void noAttemptsMeansNoGradeRatherThanZero(GradingMethod method) {
        assertThat(method.combine(List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void aSingleAttemptCountsWhateverTheMethod(GradingMethod method) {
        assertThat(method.combine(List.of(0.75)).getAsDouble()).isEqualTo(0.75);
    }
}

package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.content.item.SampleItems.info;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.SampleItems;

class NumericGradingTest {

    private static final NumericTolerance EXACT = NumericTolerance.exact();

    @ParameterizedTest(name = "''{1}'' for {0} {2}: {3}")
    @MethodSource("typedNumbers")
    void typedNumbersAreReadRobustlyAndComparedWithinTolerance(
            String value, String typed, NumericTolerance tolerance, double expectedScore, @Nullable String expectedReason) {
        var question = new Numeric(info("How many?"), new BigDecimal(value), tolerance, null);

        Grade actual = Grader.grade(question, new TextResponse(typed));

        assertThat(actual.score()).isEqualTo(expectedScore);
        assertThat(actual.reason() == null ? null : actual.reason().code()).isEqualTo(expectedReason);
    }

    static Stream<Arguments> typedNumbers() {
        return Stream.of(
                right("1613", "1613", EXACT),
                right("1613", "  1613 ", EXACT),
                right("1613", "+1613", EXACT),
                right("1613", "1613.0", EXACT),
                right("1613", "1 613", EXACT),
                right("1613", "1,613", EXACT),
                right("1613", "1.613", EXACT),
                right("1613", "１６１３", EXACT),
                right("1613", "1.613e3", EXACT),
                wrong("1613", "1612", EXACT),
                wrong("1613", "16130", EXACT),
                right("1.613", "1,613", EXACT),
                right("0.3", "0.3", EXACT),
                wrong("0.3", "0.30000000000000004", EXACT),
                right("1.5", "1,5", EXACT),
                right("-1.5", "−1,5", EXACT),
                right("-1.5", "- 1.5", EXACT),
                right("0.5", ".5", EXACT),
                right("0.5", ",5", EXACT),
                right("0.5", "0,500", EXACT),
                right("1234.5", "1,234.5", EXACT),
                right("1234.5", "1.234,5", EXACT),
                right("1234.5", "1 234,5", EXACT),
                right("1000000", "1,000,000", EXACT),
                right("1000000", "1.000.000", EXACT),
                right("1000000", "1 000 000", EXACT),
                right("1000000", "1e6", EXACT),
                right("1000000", "1E+6", EXACT),
                right("8", "8.5", NumericTolerance.absolute("0.5")),
                right("8", "7,5", NumericTolerance.absolute("0.5")),
                wrong("8", "8.51", NumericTolerance.absolute("0.5")),
                right("150", "157.5", NumericTolerance.relative("0.05")),
                right("150", "142.5", NumericTolerance.relative("0.05")),
                wrong("150", "158", NumericTolerance.relative("0.05")),
                notANumber("1613", "one thousand"),
                notANumber("1613", "1613 years"),
                notANumber("1613", "16 13"),
                notANumber("1613", "1,2,3"),
                notANumber("1234.5", "1,234,5"),
                notANumber("1613", "1.2.3,4"),
                notANumber("1613", "1e12345"),
                notANumber("1613", "NaN"),
                notANumber("1613", "Infinity"),
                notANumber("1613", "0x64D"),
                notANumber("1613", "1613d"),
                notANumber("1613", "--1613"),
                notANumber("1613", "1613\u0085"));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("withUnit")
    void theUnitMayFollowTheNumberButMustBeTheQuestionsUnit(String typed, double expectedScore, @Nullable String expectedReason) {
        Grade actual = Grader.grade(SampleItems.numeric(), new TextResponse(typed));

        assertThat(actual.score()).isEqualTo(expectedScore);
        assertThat(actual.reason() == null ? null : actual.reason().code()).isEqualTo(expectedReason);
    }

    static Stream<Arguments> withUnit() {
        return Stream.of(
                Arguments.of("613", 1.0, null),
                Arguments.of("613 civilians", 1.0, null),
                Arguments.of("613 Civilians", 1.0, null),
                Arguments.of("613civilians", 1.0, null),
                Arguments.of("612 civilians", 0.0, null),
                Arguments.of("613 people", 0.0, "wrong-unit"),
                Arguments.of("civilians", 0.0, "not-a-number"),
                Arguments.of("", 0.0, "no-answer"));
    }

    @Test
    void unparseableInputScoresZeroWithTheReasonNotANumber() {
        Grade actual = Grader.grade(SampleItems.numeric(), new TextResponse("six hundred"));

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().message()).isEqualTo("not a number");
        assertThat(actual.parts()).isEmpty();
    }

    @Test
    void aWrongUnitNamesTheExpectedOne() {
        Grade actual = Grader.grade(SampleItems.numeric(), new TextResponse("613 km"));

        assertThat(actual.reason().message()).isEqualTo("the unit should be civilians");
    }

    @Test
    void aParsedNumberIsGradedDirectly() {
        assertThat(Grader.grade(SampleItems.numeric(), new NumberResponse(new BigDecimal("613.00"))).score()).isEqualTo(1.0);
        assertThat(Grader.grade(SampleItems.numeric(), new NumberResponse(new BigDecimal("614"))).score()).isZero();
    }

    @Test
    @Timeout(2)
    void aNumberWithAnExtremeExponentIsRejectedQuickly() {
        var huge = new NumberResponse(new BigDecimal("1E+999999999"));
        var tiny = new NumberResponse(new BigDecimal("1E-999999999"));
        var relative = new Numeric(info("How many?"), new BigDecimal("150"), NumericTolerance.relative("0.05"), null);

        assertThat(Grader.grade(SampleItems.numeric(), huge).score()).isZero();
        assertThat(Grader.grade(relative, tiny).score()).isZero();
    }

    private static Arguments right(String value, String typed, NumericTolerance tolerance) {
        return Arguments.of(value, typed, tolerance, 1.0, null);
    }

    private static Arguments wrong(String value, String typed, NumericTolerance tolerance) {
        return Arguments.of(value, typed, tolerance, 0.0, null);
    }

    private static Arguments notANumber(String value, String typed) {
        return Arguments.of(value, typed, EXACT, 0.0, "not-a-number");
    }
}

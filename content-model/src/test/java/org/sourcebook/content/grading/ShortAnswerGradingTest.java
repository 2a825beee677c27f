package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.content.item.SampleItems.info;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.TextComparison;

class ShortAnswerGradingTest {

    private static final TextComparison LENIENT = TextComparison.LENIENT;
    private static final TextComparison STRICT = TextComparison.STRICT;
    private static final TextComparison STRICT_IGNORING_SPACES = new TextComparison(true, true, 0, 0);
    private static final TextComparison TWO_TYPOS = new TextComparison(false, false, 2, 5);
    private static final TextComparison TYPOS_AT_ANY_LENGTH = new TextComparison(false, false, 1, 0);

    @ParameterizedTest(name = "''{1}'' for {0} with {2}: {3}")
    @MethodSource("answers")
    void typedAnswersAreComparedAsConfigured(String accepted, String typed, TextComparison comparison, boolean expected) {
        var question = new ShortAnswer(info("Which town?"), List.of(accepted.split("\\|")), comparison);

        Grade actual = Grader.grade(question, new TextResponse(typed));

        assertThat(actual.score()).isEqualTo(expected ? 1.0 : 0.0);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                answer("Khojaly|Xocalı", "Khojaly", LENIENT, true),
                answer("Khojaly|Xocalı", "Xocalı", LENIENT, true),
                answer("Khojaly|Xocalı", "  khojaly ", LENIENT, true),
                answer("Khojaly|Xocalı", "KHOJALY", LENIENT, true),
                answer("Khojaly|Xocalı", "Barda", LENIENT, false),
                answer("Khojaly", "khojaly", STRICT, false),
                answer("Khojaly", " Khojaly ", STRICT, true),
                answer("Khojaly", "Khojali", LENIENT, true),
                answer("Khojaly", "Kojaly", LENIENT, true),
                answer("Khojaly", "Khojalyy", LENIENT, true),
                answer("Khojaly", "Khjoaly", LENIENT, true),
                answer("Khojaly", "Kojali", LENIENT, false),
                answer("Khojaly", "Kojali", TWO_TYPOS, true),
                answer("Khojaly", "Khojali", STRICT, false),
                answer("Baku", "Bako", LENIENT, false),
                answer("Baku", "baku", LENIENT, true),
                answer("1613", "1612", TYPOS_AT_ANY_LENGTH, false),
                answer("1613", "1631", TYPOS_AT_ANY_LENGTH, false),
                answer("12345", "12346", LENIENT, false),
                answer("February 1992", "Febuary 1992", LENIENT, true),
                answer("February 1992", "February 1993", LENIENT, false),
                answer("February 1992", "February 19922", LENIENT, false),
                answer("New York", "New   York", STRICT, true),
                answer("New York", "NewYork", STRICT, false),
                answer("New York", "NewYork", STRICT_IGNORING_SPACES, true),
                answer("New York", "New\u00A0York", STRICT, true),
                answer("Şuşa", "S\u0327us\u0327a", STRICT, true),
                answer("Bakı", "BAKI", LENIENT, true),
                answer("İsmayıllı", "ismayilli", LENIENT, true),
                answer("Bakı", "BAKI", STRICT, false));
    }

    @Test
    void aBlankAnswerScoresZeroAsUnanswered() {
        Grade actual = Grader.grade(SampleItems.shortAnswer(), new TextResponse(" \t "));

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().code()).isEqualTo("no-answer");
    }

    @Test
    void typoToleranceNeverAppliesToNumbersAsText() {
        var year = new ShortAnswer(info("In which year?"), List.of("1992"), new TextComparison(false, false, 3, 0));

        assertThat(Grader.grade(year, new TextResponse("1993")).score()).isZero();
        assertThat(Grader.grade(year, new TextResponse("1992")).score()).isEqualTo(1.0);
    }

    private static Arguments answer(String accepted, String typed, TextComparison comparison, boolean expected) {
        return Arguments.of(accepted, typed, comparison, expected);
    }
}

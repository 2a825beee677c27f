package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;

class ChoiceGradingTest {

    @ParameterizedTest(name = "{0} {1} scores {2}")
    @MethodSource("choices")
    void choiceQuestionsScoreByTheirRule(String kind, String chosen, double expected, Question question) {
        Grade actual = Grader.grade(question, ChoiceResponse.of(chosen.split(" ")));

        assertThat(actual.score()).isCloseTo(expected, within(1e-9));
        assertThat(actual.reason()).isNull();
    }

    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of("single choice", "b", 1, SampleItems.singleChoice()),
                Arguments.of("single choice", "a", 0, SampleItems.singleChoice()),
                Arguments.of("true/false", "true", 1, SampleItems.trueFalse()),
                Arguments.of("true/false", "false", 0, SampleItems.trueFalse()),
                Arguments.of("multiple response", "a b", 1, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a", 0.5, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a b c", 1 - 1.0 / 3, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a c", 0.5 - 1.0 / 3, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a b c d", 1 - 2.0 / 3, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a c d", 0, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "c", 0, SampleItems.multipleResponse()),
                Arguments.of("multiple response", "a b c d e", 0, SampleItems.multipleResponse()));
    }

    @Test
    void multipleResponseSubtractsWrongSelectionsButNeverBelowZero() {
        Grade oneRightOneWrong = Grader.grade(SampleItems.multipleResponse(), ChoiceResponse.of("a", "c"));
        Grade onlyWrong = Grader.grade(SampleItems.multipleResponse(), ChoiceResponse.of("c", "d", "e"));

        assertThat(oneRightOneWrong.score()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(oneRightOneWrong.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(onlyWrong.score()).isZero();
        assertThat(onlyWrong.correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void singleChoiceWithSeveralOptionsChosenScoresZeroWithAReason() {
        Grade actual = Grader.grade(SampleItems.singleChoice(), ChoiceResponse.of("a", "b"));

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().code()).isEqualTo("several-options-chosen");
    }

    @Test
    void anOptionTheQuestionDoesNotHaveScoresZero() {
        Grade actual = Grader.grade(SampleItems.multipleResponse(), ChoiceResponse.of("a", "b", "z"));

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().code()).isEqualTo("unknown-option");
    }

    @Test
    void partsTellWhichOptionsWereJudgedRight() {
        Grade actual = Grader.grade(SampleItems.singleChoice(), ChoiceResponse.of("a"));

        assertThat(actual.parts()).containsExactly(
                new PartResult("a", false), new PartResult("b", false),
                new PartResult("c", true), new PartResult("d", true));
    }

    @Test
    void aGradeCarriesTheQuestionsFeedback() {
        var question = SampleItems.trueFalse();
        var withFeedback = question.withInfo(question.info().withFeedback("The source lists 150 missing people."));

        assertThat(Grader.grade(withFeedback, ChoiceResponse.of("false")).feedback())
                .isEqualTo("The source lists 150 missing people.");
    }
}

package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.item.ShortAnswer;

class ResponseShapeTest {

    private static final List<Response> EVERY_SHAPE = List.of(
            ChoiceResponse.of("a"), new TextResponse("613"), new NumberResponse(BigDecimal.ONE), GapResponse.of("x"),
            new MatchingResponse(Map.of()), OrderResponse.of("1"));

    @ParameterizedTest(name = "{0} answered with {1}")
    @MethodSource("wrongShapes")
    void aResponseOfTheWrongShapeScoresZeroWithAReason(Question question, Response response, String expectedMessage) {
        Grade actual = Grader.grade(question, response);

        assertThat(actual.score()).isZero();
        assertThat(actual.correctness()).isEqualTo(Correctness.WRONG);
        assertThat(actual.reason().code()).isEqualTo("wrong-response-shape");
        assertThat(actual.reason().message()).isEqualTo(expectedMessage);
    }

    static Stream<Arguments> wrongShapes() {
        return SampleItems.everyQuestionKind().stream()
                .flatMap(question -> EVERY_SHAPE.stream()
                        .filter(response -> !accepts(question, response))
                        .map(response -> Arguments.of(question, response,
                                "this question expects " + expectedShape(question) + ", not " + response.shape())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyResponses")
    void anEmptyResponseScoresZeroAsUnanswered(Question question, Response empty) {
        Grade actual = Grader.grade(question, empty);

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().code()).isEqualTo("no-answer");
    }

    static Stream<Arguments> emptyResponses() {
        return Stream.of(
                Arguments.of(SampleItems.singleChoice(), ChoiceResponse.of()),
                Arguments.of(SampleItems.multipleResponse(), ChoiceResponse.of()),
                Arguments.of(SampleItems.trueFalse(), ChoiceResponse.of()),
                Arguments.of(SampleItems.shortAnswer(), new TextResponse("")),
                Arguments.of(SampleItems.numeric(), new TextResponse("  ")),
                Arguments.of(SampleItems.cloze(), GapResponse.of("", " ")),
                Arguments.of(SampleItems.matching(), new MatchingResponse(Map.of())),
                Arguments.of(SampleItems.timeline(), OrderResponse.of()));
    }

    @Test
    void factCardsAreNotGraded() {
        Item card = SampleItems.factCard();

        assertThatThrownBy(() -> Grader.grade(card, new TextResponse("1992")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Fact cards are not graded: they are reviewed with spaced repetition");
    }

    @Test
    void aQuestionTypedAsAnItemIsGraded() {
        Item question = SampleItems.trueFalse();

        assertThat(Grader.grade(question, ChoiceResponse.of("true")).score()).isEqualTo(1.0);
    }

    private static boolean accepts(Question question, Response response) {
        if (question instanceof Numeric) {
            return response instanceof TextResponse || response instanceof NumberResponse;
        }
        return expectedShape(question).equals(response.shape());
    }

    private static String expectedShape(Question question) {
        if (question instanceof ChoiceQuestion) {
            return "chosen options";
        }
        if (question instanceof ShortAnswer) {
            return "a text";
        }
        if (question instanceof Numeric) {
            return "a number";
        }
        if (question instanceof Cloze) {
            return "gap answers";
        }
        return question instanceof Matching ? "matches" : question instanceof Ordering ? "an order" : "?";
    }
}

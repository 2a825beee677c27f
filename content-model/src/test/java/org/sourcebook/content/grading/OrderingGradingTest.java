package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.SampleItems;

class OrderingGradingTest {

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource(delimiter = ';', value = {
        "1 2 3 4;   1;      ",
        "4 3 2 1;   0;      ",
        "2 1 3 4;   0.6667; ",
        "2 3 4 1;   0.6667; ",
        "1 3 2 4;   0.6667; ",
        "3 4 1 2;   0.3333; ",
        "4 1 2 3;   0.6667; ",
        "2 1 4 3;   0.3333; ",
        "1 2 3;     0;      incomplete-order",
        "1 1 2 3;   0;      incomplete-order",
        "1 2 3 9;   0;      incomplete-order",
        "1 2 3 4 4; 0;      incomplete-order"
    })
    void creditFollowsTheLongestRunInCorrectRelativeOrder(String order, double expectedScore, @Nullable String expectedReason) {
        Grade actual = Grader.grade(SampleItems.timeline(), OrderResponse.of(order.split(" ")));

        assertThat(actual.score()).isCloseTo(expectedScore, within(1e-4));
        assertThat(actual.reason() == null ? null : actual.reason().code()).isEqualTo(expectedReason);
    }

    @Test
    void movingOneEntryCostsOneMoveNotEveryPosition() {
        Grade actual = Grader.grade(SampleItems.timeline(), OrderResponse.of("2", "3", "4", "1"));

        assertThat(actual.score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(actual.parts()).containsExactly(
                new PartResult("1", false), new PartResult("2", true), new PartResult("3", true), new PartResult("4", true));
    }

    @Test
    void aSwappedPairOfTwoEntriesScoresZero() {
        var two = new Ordering(SampleItems.info("Which came first?"), List.of(OrderEntry.of("a", "x"), OrderEntry.of("b", "y")));

        assertThat(Grader.grade(two, OrderResponse.of("b", "a")).score()).isZero();
        assertThat(Grader.grade(two, OrderResponse.of("a", "b")).score()).isEqualTo(1.0);
    }

    @Test
    void anEmptyOrderIsUnanswered() {
        assertThat(Grader.grade(SampleItems.timeline(), OrderResponse.of()).reason().code()).isEqualTo("no-answer");
    }
}

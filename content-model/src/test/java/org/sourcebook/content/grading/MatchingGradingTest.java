package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.SampleItems;

class MatchingGradingTest {

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource(delimiter = ';', value = {
        "w=w c=c m=m; 1;      ",
        "w=c c=w m=m; 0.3333; ",
        "w=w c=c;     0.6667; ",
        "w=w c=w m=w; 0.3333; ",
        "w=m c=w m=c; 0;      ",
        "w=w c=c x=m; 0;      unknown-option",
        "w=w c=c m=x; 0;      unknown-option"
    })
    void eachCorrectPairEarnsItsShare(String matches, double expectedScore, @Nullable String expectedReason) {
        Grade actual = Grader.grade(SampleItems.matching(), matches(matches));

        assertThat(actual.score()).isCloseTo(expectedScore, within(1e-4));
        assertThat(actual.reason() == null ? null : actual.reason().code()).isEqualTo(expectedReason);
    }

    @Test
    void partsTellWhichPromptsWereMatchedRight() {
        Grade actual = Grader.grade(SampleItems.matching(), matches("w=c c=w m=m"));

        assertThat(actual.parts()).containsExactly(
                new PartResult("w", false), new PartResult("c", false), new PartResult("m", true));
    }

    @Test
    void noMatchesAtAllIsUnanswered() {
        Grade actual = Grader.grade(SampleItems.matching(), new MatchingResponse(Map.of()));

        assertThat(actual.score()).isZero();
        assertThat(actual.reason().code()).isEqualTo("no-answer");
    }

    private static MatchingResponse matches(String pairs) {
        return new MatchingResponse(Arrays.stream(pairs.split(" "))
                .map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> OptionId.of(pair[0]), pair -> OptionId.of(pair[1]))));
    }
}

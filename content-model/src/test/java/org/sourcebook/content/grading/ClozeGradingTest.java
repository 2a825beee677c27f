package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.content.item.SampleItems;

class ClozeGradingTest {

    @ParameterizedTest(name = "''{0}'' scores {1}")
    @CsvSource(delimiter = ';', value = {
        "Khojaly|26;    1;   ",
        "xocalı| 26 ;   1;   ",
        "Khojali|26;    1;   ",
        "Khojaly|25;    0.5; ",
        "Khojaly|26th;  0.5; ",
        "Barda|26;      0.5; ",
        "Barda|25;      0;   ",
        "Khojaly;       0.5; ",
        "|26;           0.5; ",
        "|;             0;   no-answer",
        "Khojaly|26|x;  0;   too-many-gap-answers"
    })
    void eachGapEarnsItsShareOfTheScore(String typed, double expectedScore, @Nullable String expectedReason) {
        Grade actual = Grader.grade(SampleItems.cloze(), new GapResponse(java.util.List.of(typed.split("\\|", -1))));

        assertThat(actual.score()).isCloseTo(expectedScore, within(1e-9));
        assertThat(actual.reason() == null ? null : actual.reason().code()).isEqualTo(expectedReason);
    }

    @Test
    void partsNameTheGapsByNumber() {
        Grade actual = Grader.grade(SampleItems.cloze(), GapResponse.of("Khojaly", "25"));

        assertThat(actual.parts()).containsExactly(new PartResult("1", true), new PartResult("2", false));
        assertThat(actual.correctness()).isEqualTo(Correctness.PARTIAL);
    }

    @Test
    void anEmptyResponseIsUnanswered() {
        assertThat(Grader.grade(SampleItems.cloze(), GapResponse.of()).reason().code()).isEqualTo("no-answer");
    }
}

package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @CsvSource({"1, CORRECT", "0.5, PARTIAL", "0.001, PARTIAL", "0, WRONG"})
    void correctnessFollowsTheScore(double score, Correctness expected) {
        assertThat(new Grade(score, List.of(), "", null).correctness()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0001, Double.NaN, Double.POSITIVE_INFINITY})
    void aScoreOutsideZeroToOneIsRejected(double score) {
        assertThatThrownBy(() -> new Grade(score, List.of(), "", null))
                .hasMessageStartingWith("A score lies between 0 and 1");
    }
}

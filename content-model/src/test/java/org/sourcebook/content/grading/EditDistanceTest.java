package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} → {1} within {2}: {3}")
    @CsvSource({
        "khojaly, khojaly, 0, true",
        "khojaly, khojali, 1, true",
        "khojaly, khojali, 0, false",
        "khojaly, khjoaly, 1, true",
        "khojaly, kojaly, 1, true",
        "khojaly, khoojaly, 1, true",
        "kitten, sitting, 2, false",
        "kitten, sitting, 3, true",
        "ca, abc, 2, false",
        "ca, abc, 3, true",
        "'', abc, 3, true",
        "abc, '', 2, false",
        "a😀b, ab, 1, true",
        "a😀b, a😁b, 1, true"
    })
    void countsInsertionsDeletionsReplacementsAndSwapsAsOneEditEach(String a, String b, int limit, boolean expected) {
        assertThat(EditDistance.isWithin(a, b, limit)).isEqualTo(expected);
        assertThat(EditDistance.isWithin(b, a, limit)).isEqualTo(expected);
    }
}

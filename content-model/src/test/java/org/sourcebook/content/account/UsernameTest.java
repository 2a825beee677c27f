package org.sourcebook.content.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @CsvSource({
        "teacher, teacher",
        "'  Teacher ', teacher",
        "ADMIN, admin",
        "a.b_c-d@school.az, a.b_c-d@school.az",
        "s1, s1"
    })
    void ofCanonicalisesWhatAPersonTyped(String typed, String expected) {
        assertThat(Username.of(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "-lead", ".dot", "has space", "semi;colon", "<script>", "ümid"})
    void ofRejectsNamesOutsideTheAllowedAlphabetOrLength(String typed) {
        assertThatThrownBy(() -> Username.of(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A username");
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
        assertThat(Username.of("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> Username.of("a".repeat(65))).hasMessageContaining("2 to 64 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Teacher", " teacher"})
    void constructorAcceptsOnlyCanonicalValues(String notCanonical) {
        assertThatThrownBy(() -> new Username(notCanonical)).isInstanceOf(IllegalArgumentException.class);
    }
}

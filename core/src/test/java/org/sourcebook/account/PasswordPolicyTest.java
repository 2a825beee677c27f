package org.sourcebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "qwertyuiop", "iloveyou", "Password1", "PASSWORD1"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(PasswordPolicy.check(common, null)).containsExactly(PasswordProblem.COMMON);
    }

    @Test
    void sevenCharactersAreTooShortEightAreEnough() {
        assertThat(PasswordPolicy.check("kx7#pQz", null)).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(PasswordPolicy.check("kx7#pQzw", null)).isEmpty();
    }

    @Test
    void longPassphrasesAreWelcomeUpTo128Characters() {
        String passphrase = "the river remembers every stone it has ever carried downstream to the sea ";
        assertThat(passphrase.repeat(1)).hasSizeGreaterThan(64);
        assertThat(PasswordPolicy.check(passphrase, null)).isEmpty();
        assertThat(PasswordPolicy.check("a".repeat(128), null)).isEmpty();
        assertThat(PasswordPolicy.check("b".repeat(129), null)).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void noCompositionRulesLowerCaseWordsAreFine() {
        assertThat(PasswordPolicy.check("meadowlarkpiano", null)).isEmpty();
    }

    @Test
    void lengthCountsCharactersAsPeopleSeeThemInAnyScript() {
        // eight Azerbaijani letters, and four emoji of two UTF-16 units each (too short: 4 characters)
        assertThat(PasswordPolicy.check("şəkərçöl", null)).isEmpty();
        assertThat(PasswordPolicy.check("\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03", null))
                .containsExactly(PasswordProblem.TOO_SHORT);
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThat(PasswordPolicy.check("Aysel.Mammadova", "aysel.mammadova")).containsExactly(PasswordProblem.SAME_AS_USERNAME);
    }

    @Test
    void temporaryPasswordsPassThePolicyAndDiffer() {
        String first = PasswordPolicy.temporary();
        assertThat(first).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(PasswordPolicy.check(first, null)).isEmpty();
        assertThat(PasswordPolicy.temporary()).isNotEqualTo(first);
    }
}

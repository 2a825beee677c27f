package org.sourcebook.ui.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundles themselves: complete in every language, and each message usable as written. */
class TranslationBundlesTest {

    private final TranslationProvider lenient = new TranslationProvider(false);
    private final TranslationProvider strict = new TranslationProvider(true);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeysWithNonBlankValues(Language language) throws IOException {
        Properties english = load(Language.ENGLISH);
        Properties translated = load(language);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.stringPropertyNames()).allSatisfy(key -> assertThat(translated.getProperty(key))
                .as(key)
                .isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void messagesWithParametersAreValidPatternsThatKeepTheirApostrophes(Language language) throws IOException {
        Properties messages = load(language);
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (pattern.contains("{0}")) {
                String formatted = new MessageFormat(pattern, language.locale()).format(arguments(pattern));
                assertThat(formatted.chars().filter(c -> c == '\'').count())
                        .as("%s: write apostrophes as '' in patterns", key)
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }

    @Test
    void regionalVariantsOfASupportedLanguageGetThatLanguage() {
        assertThat(lenient.getTranslation("role.TEACHER", Locale.forLanguageTag("az-Latn-AZ"))).isEqualTo("Müəllim");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertThat(lenient.getTranslation("role.TEACHER", Locale.GERMAN)).isEqualTo("Teacher");
    }

    @Test
    void parametersAreFilledIn() {
        assertThat(lenient.getTranslation("error.unexpected", Locale.ENGLISH, "ab12cd34")).endsWith("reference: ab12cd34");
    }

    @Test
    void aMissingKeyIsVisibleWhenLenientAndFailsWhenStrict() {
        assertThat(lenient.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThatThrownBy(() -> strict.getTranslation("no.such.key", Locale.ENGLISH))
                .hasMessageContaining("no.such.key");
    }

    /** Text for plain parameters, a number for those the pattern formats as a number or a choice. */
    private static Object[] arguments(String pattern) {
        Object[] arguments = new Object[6];
        for (int index = 0; index < arguments.length; index++) {
            boolean numeric = pattern.contains("{" + index + ",number") || pattern.contains("{" + index + ",choice");
            arguments[index] = numeric ? (Object) 2 : String.valueOf((char) ('X' + index % 3));
        }
        return arguments;
    }

    @Test
    void countsAreWrittenInTheSingularForOne() {
        assertThat(strict.getTranslation("results.summary", Locale.ENGLISH, 1, 1, "50%", "50%", "0%", "-"))
                .startsWith("One attempt listed, 1 analysed.");
        assertThat(strict.getTranslation("results.summary", Locale.ENGLISH, 12, 11, "50%", "50%", "0%", "-"))
                .startsWith("12 attempts listed, 11 analysed.");
    }

    private static Properties load(Language language) throws IOException {
        String suffix = language == Language.ENGLISH ? "" : "_" + language.locale().getLanguage();
        String path = "/" + TranslationProvider.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

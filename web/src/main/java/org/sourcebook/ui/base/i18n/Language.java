package org.sourcebook.ui.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the UI is translated into. The first one is the fallback. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    AZERBAIJANI(Locale.forLanguageTag("az"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Bundle key of the language's own name ("Azərbaycanca"), shown the same in every UI language. */
    public String nameKey() {
        return "language.name." + locale.getLanguage();
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The supported language for {@code locale}, matched on the language alone ("az-Latn-AZ" is az). */
    public static Optional<Language> of(Locale locale) {
        return Arrays.stream(values())
                .filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }
}

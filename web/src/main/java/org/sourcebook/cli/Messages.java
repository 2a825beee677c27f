package org.sourcebook.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's texts, from the web app's bundles ({@code i18n/messages*.properties}, keys
 * {@code cli.*}): Azerbaijani when the language is "az", else English. As in the web app, a message
 * with arguments is a {@link MessageFormat} pattern and one without is used as written; a missing
 * key shows as {@code !key}.
 */
final class Messages {

    private static final String BUNDLE = "i18n.messages";
    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
    }

    /** The messages for the environment's language ({@link Locale#getDefault()}, from LANG and the like). */
    static Messages forDefaultLocale() {
        return of(Locale.getDefault());
    }

    static Messages of(Locale locale) {
        return new Messages(AZERBAIJANI.getLanguage().equals(locale.getLanguage()) ? AZERBAIJANI : Locale.ENGLISH);
    }

    String get(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
    }
}

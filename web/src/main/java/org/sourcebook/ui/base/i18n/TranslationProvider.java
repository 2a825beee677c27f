package org.sourcebook.ui.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code i18n/messages*.properties} (UTF-8). Messages with
 * parameters are {@link MessageFormat} patterns; messages without are used as written.
 * An unknown key shows as {@code !key} and is logged, so a gap is visible rather than blank; with
 * {@code sourcebook.i18n.strict=true} (the tests) it throws instead, so every rendered view is
 * also a translation check.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final boolean strict;

    TranslationProvider(@Value("${sourcebook.i18n.strict:false}") boolean strict) {
        this.strict = strict;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK_TO_SYSTEM_LOCALE)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException missing) {
            if (strict) {
                throw new IllegalStateException("No translation for '" + key + "' in " + language, missing);
            }
            log.warn("No translation for '{}' in {}", key, language);
            return "!" + key;
        }
    }
}

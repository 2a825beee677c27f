package org.sourcebook.ui.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.sourcebook.account.AccountService;
import org.springframework.stereotype.Component;

/**
 * Applies and remembers the UI language. A signed-in person's saved choice wins; otherwise the
 * session keeps what the browser asked for or what was picked on the login page.
 */
@Component
public class LanguageSettings {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    LanguageSettings(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    /**
     * Sets a new UI's language: the signed-in person's saved choice if there is one, else the
     * session's (the browser's, or the one picked on the login page).
     */
    public void applySavedChoice(UI ui) {
        Optional<Language> saved = authentication.isAuthenticated()
                ? accounts.currentAccount().language().flatMap(Language::of)
                : Optional.empty();
        Locale sessionLocale = VaadinSession.getCurrent().getLocale();
        apply(ui, saved.or(() -> Language.of(sessionLocale)).orElse(Language.ENGLISH));
    }

    /** Switches to {@code language} now and, for a signed-in person, for every later visit. */
    public void choose(UI ui, Language language) {
        if (authentication.isAuthenticated()) {
            accounts.changeMyLanguage(language.locale());
        }
        apply(ui, language);
        ui.getPage().reload();
    }

    /** The language the UI shows now. */
    public static Language current(UI ui) {
        return Language.of(ui.getLocale()).orElse(Language.ENGLISH);
    }

    private static void apply(UI ui, Language language) {
        Locale locale = language.locale();
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        announce(ui);
    }

    /** Screen readers pick their voice from the page's lang attribute. */
    private static void announce(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", current(ui).locale().toLanguageTag());
    }
}

package org.sourcebook.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountService;
import org.springframework.stereotype.Component;

/**
 * The time zone dates and times are shown and entered in: the one the person chose (kept with their
 * account), else their browser's, else UTC. Both are kept in the session, so the static
 * {@link #current()} serves every formatter without a bean at hand.
 */
@Component
public class TimeZones {

    private static final String BROWSER = "sourcebook.zone.browser";
    private static final String CHOSEN = "sourcebook.zone.chosen";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    TimeZones(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    /** The zone for the current session: chosen, else the browser's, else UTC. */
    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return ZoneOffset.UTC;
        }
        Object chosen = session.getAttribute(CHOSEN);
        Object browser = session.getAttribute(BROWSER);
        return chosen instanceof ZoneId zone ? zone : browser instanceof ZoneId zone ? zone : ZoneOffset.UTC;
    }

    /** The browser's zone, if the browser has told it. */
    public static Optional<ZoneId> browsers() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(BROWSER) instanceof ZoneId zone ? Optional.of(zone) : Optional.empty();
    }

    /** The person's own choice, if they made one. */
    public static Optional<ZoneId> chosen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(CHOSEN) instanceof ZoneId zone ? Optional.of(zone) : Optional.empty();
    }

    /** A short name people know ("AZT", "CET", "UTC"), or the offset when there is none. */
    public static String name(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.SHORT, locale);
    }

    /**
     * For a new UI: the signed-in person's saved zone, and the browser's zone (from the details the
     * browser sent when the page started, or asked for now).
     */
    void apply(UI ui) {
        VaadinSession session = ui.getSession();
        session.setAttribute(CHOSEN, authentication.isAuthenticated() ? accounts.currentAccount().zone().orElse(null) : null);
        if (session.getAttribute(BROWSER) != null) {
            return;
        }
        ExtendedClientDetails details = ui.getInternals().getExtendedClientDetails();
        if (details != null) {
            rememberBrowsers(session, details);
        } else {
            ui.getPage().retrieveExtendedClientDetails(received -> rememberBrowsers(session, received));
        }
    }

    /** Keeps {@code zone} (null: the browser's) for this person from now on, and shows the page again in it. */
    public void choose(UI ui, @Nullable ZoneId zone) {
        if (authentication.isAuthenticated()) {
            accounts.changeMyTimeZone(zone);
        }
        ui.getSession().setAttribute(CHOSEN, zone);
        ui.getPage().reload();
    }

    private static void rememberBrowsers(VaadinSession session, ExtendedClientDetails details) {
        try {
            String id = details.getTimeZoneId();
            if (id != null && !id.isBlank()) {
                session.setAttribute(BROWSER, ZoneId.of(id));
            }
        } catch (DateTimeException unknownZone) {
            // an unknown zone name from the browser: times stay in UTC, which the labels say
        }
    }
}

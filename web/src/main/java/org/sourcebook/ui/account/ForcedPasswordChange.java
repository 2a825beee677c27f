package org.sourcebook.ui.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.sourcebook.account.AccountService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in person whose password was set or reset by an admin to
 * {@link ChangePasswordView} from every page until they have chosen their own password. Once the
 * flag is seen to be clear, the session remembers it and stops asking the database.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private static final String CHOSEN = ForcedPasswordChange.class.getName() + ".chosen";

    private final AccountService accounts;

    ForcedPasswordChange(AccountService accounts) {
        this.accounts = accounts;
    }

    static void passwordChosen(VaadinSession session) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        session.setAttribute(CHOSEN, authentication == null ? null : authentication.getName());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (authentication.getName().equals(session.getAttribute(CHOSEN))) {
            return;
        }
        if (accounts.mustChangeMyPassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            passwordChosen(session);
        }
    }
}

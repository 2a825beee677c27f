package org.sourcebook.ui.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sourcebook.account.AccountStatusCheck;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a signed-in person whose account was disabled, deleted or renamed since they
 * signed in, at their very next request: one indexed lookup per request. The request then goes on
 * as an anonymous one, so Spring Security sends a page load to the login page, and Vaadin tells an
 * open page that its session ended (and reloads it into the login page).
 */
class DisabledAccountFilter extends OncePerRequestFilter {

    private final AccountStatusCheck accounts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    DisabledAccountFilter(AccountStatusCheck accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !accounts.isActive(authentication.getName())) {
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}

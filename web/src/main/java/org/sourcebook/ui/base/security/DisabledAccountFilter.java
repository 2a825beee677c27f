package org.sourcebook.ui.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sourcebook.account.AccountStatusCheck;
import org.sourcebook.content.account.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a signed-in person whose account was disabled, deleted or renamed since they
 * signed in, or whose roles changed, at their very next request: one indexed lookup per request.
 * The request then goes on as an anonymous one, so Spring Security sends a page load to the login
 * page, and Vaadin tells an open page that its session ended (and reloads it into the login page).
 * A changed role ends the session rather than refreshing it in place: signing in again is the one
 * path that builds a session's roles, and a removed role is gone at once.
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
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Optional<Set<Role>> current = accounts.activeRoles(authentication.getName());
            if (current.isEmpty() || !current.get().equals(rolesOf(authentication))) {
                logout.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }

    /** The roles a session was granted at sign-in (other kinds of authority are not roles). */
    static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(granted.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }
}

package org.sourcebook.e2e;

import java.util.List;
import java.util.function.Supplier;
import org.sourcebook.content.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Calls services of the running app directly, as someone, to prepare what a browser test or a load harness then uses. */
public final class ActingAs {

    private ActingAs() {}

    /** Runs {@code action} signed in as {@code username} with {@code role}, then signed out again. */
    public static <T> T as(String username, Role role, Supplier<T> action) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

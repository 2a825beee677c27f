package org.sourcebook.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.sourcebook.content.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in person, restoring the previous security context afterwards. */
public record SignedIn(String username, List<Role> roles) {

    public static SignedIn as(String username, Role... roles) {
        return new SignedIn(username, Arrays.asList(roles));
    }

    public void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    public <T> T get(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

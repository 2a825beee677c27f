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

    /** Creates an account as an admin would, for a browser test to sign in with. */
    public static void createAccount(org.sourcebook.account.AccountService accounts, String username, String name,
            String password, Role role) {
        as("test-admin", Role.ADMIN, () -> accounts.createAccount(new org.sourcebook.account.NewAccount(
                org.sourcebook.content.account.Username.of(username), name, password, java.util.Set.of(role))));
    }

    /** The demo statement's text, as a teacher would upload it. */
    public static String demoText() {
        try (java.io.InputStream in = ActingAs.class.getClassLoader().getResourceAsStream("demo/khojaly-29th-anniversary.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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

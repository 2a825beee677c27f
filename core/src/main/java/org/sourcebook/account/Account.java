package org.sourcebook.account;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;

/** A read-only view of an account, safe to hand to the UI (no password hash). */
public record Account(
        long id,
        Username username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        @Nullable Locale preferredLanguage,
        @Nullable ZoneId timeZone) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The time zone the person chose, if any; otherwise times follow the browser's zone. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(timeZone);
    }

    /** The language the person chose, if any; otherwise the UI follows the browser. */
    public Optional<Locale> language() {
        return Optional.ofNullable(preferredLanguage);
    }
}

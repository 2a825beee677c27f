package org.sourcebook.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;

/** An account as admins see it in the user list; {@code version} guards edits against lost updates. */
public record AccountSummary(
        long id,
        Username username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt,
        long version) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}

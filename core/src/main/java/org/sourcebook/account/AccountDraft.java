package org.sourcebook.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;

/**
 * What an admin types to create or edit an account, not yet checked. A missing password on
 * creation means "generate a temporary one".
 */
public record AccountDraft(
        String username, String displayName, @Nullable String email, Set<Role> roles, @Nullable String password) {

    public AccountDraft {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "AccountDraft[username=" + username + ", roles=" + roles + "]";
    }
}

package org.sourcebook.account;

import java.util.Set;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;

/** What is needed to create an account. The password is hashed before it is stored. */
public record NewAccount(Username username, String displayName, String rawPassword, Set<Role> roles) {

    public NewAccount {
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A display name is required");
        }
        if (rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        displayName = displayName.strip();
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + "]";
    }
}

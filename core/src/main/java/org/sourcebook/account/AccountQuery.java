package org.sourcebook.account;

import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;

/** The user list's filter: text in username, name or e-mail (case-insensitive), and a role; both optional. */
public record AccountQuery(@Nullable String text, @Nullable Role role) {

    public static AccountQuery all() {
        return new AccountQuery(null, null);
    }
}

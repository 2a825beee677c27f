package org.sourcebook.account;

import org.jspecify.annotations.Nullable;

/** A new account, and its generated temporary password if one was generated (shown once, never stored). */
public record CreatedAccount(AccountSummary account, @Nullable String temporaryPassword) {

    @Override
    public String toString() {
        return "CreatedAccount[" + account.username() + "]";
    }
}

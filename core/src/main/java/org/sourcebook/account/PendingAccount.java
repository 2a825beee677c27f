package org.sourcebook.account;

import org.jspecify.annotations.Nullable;

/**
 * A checked account, not yet stored, with the password it will get; {@code generated} says the
 * password was made up for it (and is shown once).
 */
record PendingAccount(NewAccount account, @Nullable String email, boolean generated) {

    @Override
    public String toString() {
        return "PendingAccount[" + account.username() + "]";
    }
}

package org.sourcebook.account;

import org.jspecify.annotations.Nullable;

/** An account created by an import, with its generated temporary password if the file gave none (shown once). */
public record ImportedAccount(String username, String displayName, @Nullable String temporaryPassword) {

    @Override
    public String toString() {
        return "ImportedAccount[" + username + "]";
    }
}

package org.sourcebook.account;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;

/**
 * One data row of an account import as read, with its problems. {@code rowNumber} counts like a
 * spreadsheet: the header is row 1. {@code classes} are those the new student joins. The password
 * stays inside the core (never shown).
 */
public record ImportRow(
        int rowNumber,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean passwordGiven,
        List<ImportClass> classes,
        List<ImportProblem> problems,
        @Nullable String password) {

    public ImportRow {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    AccountDraft draft() {
        return new AccountDraft(username, displayName, email, roles, password);
    }

    @Override
    public String toString() {
        return "ImportRow[" + rowNumber + ", " + username + ", problems=" + problems + "]";
    }
}

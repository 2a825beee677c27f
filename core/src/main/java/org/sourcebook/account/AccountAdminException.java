package org.sourcebook.account;

import java.util.List;

/** An admin action refused for a reason the admin can act on; the UI translates {@link Reason}. */
public class AccountAdminException extends RuntimeException {

    /** Why; bundle keys are {@code admin.error.<NAME>}. */
    public enum Reason {
        NOT_FOUND,
        USERNAME_INVALID,
        USERNAME_TAKEN,
        NAME_MISSING,
        EMAIL_INVALID,
        ROLE_MISSING,
        PASSWORD_WEAK,
        OWN_ADMIN_ROLE,
        OWN_ACCOUNT_DISABLE,
        OWN_ACCOUNT_DELETE,
        LAST_ADMIN,
        OWNS_CONTENT,
        STILL_REFERENCED,
        WRONG_CURRENT_PASSWORD
    }

    private final Reason reason;
    private final List<PasswordProblem> passwordProblems;

    public AccountAdminException(Reason reason) {
        this(reason, List.of());
    }

    public AccountAdminException(Reason reason, List<PasswordProblem> passwordProblems) {
        super(reason.name() + (passwordProblems.isEmpty() ? "" : " " + passwordProblems));
        this.reason = reason;
        this.passwordProblems = List.copyOf(passwordProblems);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#PASSWORD_WEAK}: what is wrong with the password. */
    public List<PasswordProblem> passwordProblems() {
        return passwordProblems;
    }
}

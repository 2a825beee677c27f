package org.sourcebook.account;

/** Why a new password is refused; bundle keys are {@code account.password.problem.<NAME>}. */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    SAME_AS_USERNAME
}

package org.sourcebook.account;

import java.util.List;

/**
 * What is wrong with one row of an account import; bundle keys are {@code admin.import.problem.<KIND>}
 * with {@code detail} as argument {0} (a column name, a role as typed, or password problems).
 */
public record ImportProblem(Kind kind, String detail, List<PasswordProblem> passwordProblems) {

    public enum Kind {
        MISSING_FIELD,
        TOO_MANY_COLUMNS,
        USERNAME_INVALID,
        DUPLICATE_IN_FILE,
        USERNAME_TAKEN,
        NAME_TOO_LONG,
        EMAIL_INVALID,
        UNKNOWN_ROLE,
        PASSWORD_WEAK
    }

    public ImportProblem {
        passwordProblems = List.copyOf(passwordProblems);
    }

    static ImportProblem of(Kind kind, String detail) {
        return new ImportProblem(kind, detail, List.of());
    }
}

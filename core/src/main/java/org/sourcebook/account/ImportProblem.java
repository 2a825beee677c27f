package org.sourcebook.account;

import java.util.List;

/**
 * What is wrong with one row of an account import; bundle keys are {@code admin.import.problem.<KIND>}
 * with {@code detail} as argument {0} (a column name, a role or class as typed, the qualified names
 * of the classes an ambiguous class name could mean, or password problems).
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
        PASSWORD_WEAK,
        /** No class has that name; detail: the name as typed. */
        CLASS_NOT_FOUND,
        /** Several classes have that name; detail: their {@link ImportClass#qualifiedName()}s. */
        CLASS_AMBIGUOUS,
        /** Only students join classes; detail: the row's role as typed. */
        CLASS_NOT_FOR_ROLE
    }

    public ImportProblem {
        passwordProblems = List.copyOf(passwordProblems);
    }

    static ImportProblem of(Kind kind, String detail) {
        return new ImportProblem(kind, detail, List.of());
    }
}

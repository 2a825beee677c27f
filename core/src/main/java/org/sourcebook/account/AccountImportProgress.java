package org.sourcebook.account;

/**
 * How far an account import is, reported from the threads that hash the passwords (the slow part):
 * {@code done} of {@code total} hashed. The writes that follow take a moment in one transaction.
 */
@FunctionalInterface
public interface AccountImportProgress {

    AccountImportProgress NONE = (done, total) -> {};

    void passwordsHashed(int done, int total);
}

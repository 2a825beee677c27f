package org.sourcebook.testsupport;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.stereotype.Component;

/** Creates teacher and student accounts with names unique in the test run, so tests never share data. */
@Component
public class TestTeachers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;

    TestTeachers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A new teacher account, and a way to act as it. */
    public SignedIn newTeacher() {
        return newAccount("teacher", "Teacher", Role.TEACHER);
    }

    /** A new student account, and a way to act as it. */
    public SignedIn newStudent() {
        return newAccount("student", "Student", Role.STUDENT);
    }

    private SignedIn newAccount(String prefix, String displayName, Role role) {
        String name = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        SignedIn.as("test-admin", Role.ADMIN).run(() -> accounts.createAccount(
                new NewAccount(Username.of(name), displayName, "quiet-lantern-42", Set.of(role))));
        return SignedIn.as(name, role);
    }
}

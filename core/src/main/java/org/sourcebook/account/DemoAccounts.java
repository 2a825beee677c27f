package org.sourcebook.account;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One account per role for trying Sourcebook out. Exists only under the {@code demo} profile; the
 * login page lists these credentials only when this bean exists. Accounts that already exist are
 * left alone, so a restart keeps whatever the demo users changed.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoAccounts implements ApplicationRunner {

    /** A demo login as shown on the login page. */
    public record Credentials(String username, String password, String displayName, Role role) {}

    private static final List<Credentials> CREDENTIALS = List.of(
            new Credentials("admin", "admin-demo", "Demo Admin", Role.ADMIN),
            new Credentials("teacher", "teacher-demo", "Demo Teacher", Role.TEACHER),
            new Credentials("student", "student-demo", "Demo Student", Role.STUDENT));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public List<Credentials> credentials() {
        return CREDENTIALS;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Credentials demo : CREDENTIALS) {
            Username username = Username.of(demo.username());
            if (!accounts.exists(username)) {
                accounts.provision(
                        new NewAccount(username, demo.displayName(), demo.password(), Set.of(demo.role())));
                log.info("Created demo account '{}'", username);
            }
        }
    }
}

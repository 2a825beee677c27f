package org.sourcebook.account;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin of a fresh installation from {@code sourcebook.initial-admin.password}
 * (env {@code SOURCEBOOK_INITIAL_ADMIN_PASSWORD}), so a production install without demo data can
 * be signed into. Does nothing once any admin exists.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    InitialAdmin(
            AccountService accounts,
            @Value("${sourcebook.initial-admin.username:admin}") String username,
            @Value("${sourcebook.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.anyAccountHasRole(Role.ADMIN)) {
            return;
        }
        accounts.provision(new NewAccount(Username.of(username), "Administrator", password, Set.of(Role.ADMIN)));
        log.info("Created the initial admin account '{}'", username);
    }
}

package org.sourcebook.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers, per request, whether a signed-in person may still use their session: the account
 * exists under that username and is enabled. One indexed lookup by username. Not a guarded
 * service: the HTTP security filter calls it for every signed-in request.
 */
@Component
public class AccountStatusCheck {

    private final AccountRepository accounts;

    AccountStatusCheck(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public boolean isActive(String username) {
        return accounts.findEnabledByUsername(username).orElse(false);
    }
}

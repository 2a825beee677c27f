package org.sourcebook.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcebook.content.account.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers, per request, whether a signed-in person may still use their session, and with which
 * roles: the account exists under that username and is enabled. One indexed query by username.
 * Not a guarded service: the HTTP security filter calls it for every signed-in request.
 */
@Component
public class AccountStatusCheck {

    private final AccountRepository accounts;

    AccountStatusCheck(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account's current roles, or empty if no enabled account has that username. */
    @Transactional(readOnly = true)
    public Optional<Set<Role>> activeRoles(String username) {
        List<Object[]> rows = accounts.findEnabledAndRolesByUsername(username);
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[1] instanceof Role role) {
                roles.add(role);
            }
        }
        return Optional.of(roles);
    }
}

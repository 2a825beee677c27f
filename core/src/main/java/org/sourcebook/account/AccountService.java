package org.sourcebook.account;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.audit.AuditLog;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.persistence.ConcurrentEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the rest of the application sees them. People act on their own account only; only
 * admins create accounts for others.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The signed-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    public Account currentAccount() {
        return findCurrentEntity().toAccount();
    }

    /**
     * The signed-in person's account id, without loading the account: for the hottest paths
     * (an answer save), where the id is all that is needed.
     */
    @PreAuthorize("isAuthenticated()")
    public long currentAccountId() {
        return accounts.findIdByUsername(currentUsername())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /** The display names of the given accounts, e.g. to name a lesson's teacher; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).forEach(account -> names.put(account.toAccount().id(), account.toAccount().displayName()));
        return names;
    }

    /** Remembers the language the signed-in person chose, for every later session and device. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyLanguage(Locale language) {
        findCurrentEntity().changePreferredLanguage(language);
    }

    /**
     * Remembers the time zone the signed-in person chose for dates and times, for every later
     * session and device; null goes back to the browser's zone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyTimeZone(@Nullable ZoneId zone) {
        findCurrentEntity().changeTimeZone(zone);
    }

    /** Whether the signed-in person must choose a new password before doing anything else. */
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangeMyPassword() {
        return accounts.findMustChangePasswordByUsername(currentUsername()).orElse(false);
    }

    /**
     * Changes the signed-in person's password after checking the current one, and lifts a forced change.
     *
     * @throws AccountAdminException {@code WRONG_CURRENT_PASSWORD}, or {@code PASSWORD_WEAK} with the problems
     * @throws ConcurrentEditException if the account was changed at the same moment (an admin's edit)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        AccountEntity me = findCurrentEntity();
        if (!passwordEncoder.matches(currentPassword, me.passwordHash())) {
            throw new AccountAdminException(AccountAdminException.Reason.WRONG_CURRENT_PASSWORD);
        }
        PasswordPolicy.require(newPassword, me.username());
        me.changePasswordHash(passwordEncoder.encode(newPassword));
        me.requirePasswordChange(false);
        audit.record(AuditKind.PASSWORD_CHANGED, me.username(), "");
    }

    /**
     * Creates an account.
     *
     * @throws UsernameTakenException when the username is in use
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public Account createAccount(NewAccount account) {
        PasswordPolicy.require(account.rawPassword(), account.username().value());
        Account created = provision(account);
        audit.record(AuditKind.ACCOUNT_CREATED, created.username().value(), "");
        return created;
    }

    /** Unguarded creation for start-up tasks in this package (demo and initial accounts). */
    @Transactional
    Account provision(NewAccount account) {
        if (accounts.existsByUsername(account.username().value())) {
            throw new UsernameTakenException(account.username());
        }
        var entity = new AccountEntity(account, passwordEncoder.encode(account.rawPassword()), clock.instant());
        return accounts.saveAndFlush(entity).toAccount();
    }

    boolean exists(Username username) {
        return accounts.existsByUsername(username.value());
    }

    boolean anyAccountHasRole(Role role) {
        return accounts.existsWithRole(role);
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private AccountEntity findCurrentEntity() {
        return accounts.findByUsername(currentUsername())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}

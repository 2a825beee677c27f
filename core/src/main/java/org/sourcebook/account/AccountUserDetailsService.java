package org.sourcebook.account;

import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds Spring Security's login with accounts from the database, and stores re-hashed passwords
 * when the configured hash strength goes up. Called before anyone is signed in, so it carries no
 * role check (and is a component, not a guarded service).
 */
@Component
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String typed) {
        AccountEntity account = findByTypedName(typed);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        findByTypedName(user.getUsername()).changePasswordHash(newEncodedPassword);
        return User.withUserDetails(user).password(newEncodedPassword).build();
    }

    private AccountEntity findByTypedName(String typed) {
        Username username;
        try {
            username = Username.of(typed);
        } catch (IllegalArgumentException notAUsername) {
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findByUsername(username.value())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

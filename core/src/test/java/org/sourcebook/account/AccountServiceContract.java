package org.sourcebook.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.sourcebook.testsupport.SignedIn;

/**
 * Account behaviour that must hold on every supported database; subclasses pick the database.
 * Each test uses its own usernames, so tests never see each other's rows.
 */
@SpringBootTest
abstract class AccountServiceContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountService accountService;

    @Autowired
    AccountUserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = Role.Name.ADMIN)
    void adminCreatesAnAccountWhosePasswordIsStoredAsABcryptHashOfCostTenOrMore() {
        Username username = uniqueUsername("pupil");

        accountService.createAccount(new NewAccount(username, "Aysel Mammadova", "correct horse", Set.of(Role.STUDENT)));

        String storedHash = jdbc.queryForObject(
                "select password_hash from user_account where username = ?", String.class, username.value());
        assertThat(storedHash).doesNotContain("correct horse").matches("\\{bcrypt}\\$2[aby]\\$(1[0-9]|[2-3][0-9])\\$.{53}");
        assertThat(passwordEncoder.matches("correct horse", storedHash)).isTrue();
    }

    @Test
    @WithMockUser(roles = Role.Name.TEACHER)
    void teacherCannotCreateAccountsAndNothingIsStored() {
        Username username = uniqueUsername("sneaky");

        assertThatThrownBy(() -> accountService.createAccount(
                        new NewAccount(username, "Sneaky", "quiet-lantern-42", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(accountService.exists(username)).isFalse();
    }

    @Test
    void anonymousCallersCannotCreateAccounts() {
        assertThatThrownBy(() -> accountService.createAccount(
                        new NewAccount(uniqueUsername("anon"), "Anon", "quiet-lantern-42", Set.of(Role.ADMIN))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = Role.Name.ADMIN)
    void usernamesAreUniqueWhateverTheCaseTyped() {
        Username username = uniqueUsername("twin");
        accountService.createAccount(new NewAccount(username, "First", "quiet-lantern-42", Set.of(Role.STUDENT)));

        var sameNameInCapitals = Username.of(username.value().toUpperCase(Locale.ROOT));
        assertThatThrownBy(() -> accountService.createAccount(
                        new NewAccount(sameNameInCapitals, "Second", "quiet-lantern-42", Set.of(Role.TEACHER))))
                .isInstanceOf(UsernameTakenException.class)
                .hasMessage("The username '" + username + "' is already taken");
    }

    @Test
    void loginFindsAnAccountWithAllItsRolesWhateverTheCaseTyped() {
        Username username = uniqueUsername("dual");
        accountService.provision(new NewAccount(username, "Dual Role", "quiet-lantern-42", Set.of(Role.TEACHER, Role.ADMIN)));

        UserDetails user = userDetailsService.loadUserByUsername("  " + username.value().toUpperCase(Locale.ROOT) + " ");

        assertThat(user.getUsername()).isEqualTo(username.value());
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TEACHER", "ROLE_ADMIN");
        assertThat(user.isEnabled()).isTrue();
    }

    @Test
    void loginOfAnUnknownOrMalformedNameFailsTheSameWay() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nobody-" + SEQUENCE.incrementAndGet()))
                .isInstanceOf(UsernameNotFoundException.class)
                .hasMessage("No such account");
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("<script>"))
                .isInstanceOf(UsernameNotFoundException.class)
                .hasMessage("No such account");
    }

    @Test
    void aRehashedPasswordIsStored() {
        Username username = uniqueUsername("rehash");
        accountService.provision(new NewAccount(username, "Rehash", "quiet-lantern-42", Set.of(Role.STUDENT)));
        UserDetails before = userDetailsService.loadUserByUsername(username.value());

        String newHash = passwordEncoder.encode("quiet-lantern-42");
        userDetailsService.updatePassword(before, newHash);

        assertThat(userDetailsService.loadUserByUsername(username.value()).getPassword()).isEqualTo(newHash);
    }

    @Test
    void aPersonsLanguageChoiceIsRemembered() {
        Username username = uniqueUsername("polyglot");
        accountService.provision(new NewAccount(username, "Polyglot", "quiet-lantern-42", Set.of(Role.STUDENT)));

        SignedIn.as(username.value(), Role.STUDENT).run(() -> accountService.changeMyLanguage(Locale.forLanguageTag("az")));

        Account reloaded = SignedIn.as(username.value(), Role.STUDENT).get(accountService::currentAccount);
        assertThat(reloaded.language()).contains(Locale.forLanguageTag("az"));
        assertThat(reloaded.displayName()).isEqualTo("Polyglot");
    }

    @Test
    void anonymousCallersHaveNoCurrentAccount() {
        assertThatThrownBy(() -> accountService.currentAccount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static Username uniqueUsername(String prefix) {
        return Username.of(prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000);
    }
}

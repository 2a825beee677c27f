package org.sourcebook.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;

/** Persistent form of an account; never leaves the core module (see {@link Account}). */
@Entity
@Table(name = "user_account")
class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "preferred_language", length = 16)
    private @Nullable String preferredLanguage;

    @Column(name = "time_zone", length = 64)
    private @Nullable String timeZone;

    @Column(length = 254)
    private @Nullable String email;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AccountEntity() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    AccountEntity(NewAccount account, String passwordHash, Instant createdAt) {
        this.username = account.username().value();
        this.displayName = account.displayName();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
        this.roles = EnumSet.copyOf(account.roles());
    }

    Account toAccount() {
        return new Account(
                id == null ? 0 : id,
                new Username(username),
                displayName,
                roles,
                enabled,
                preferredLanguage == null ? null : Locale.forLanguageTag(preferredLanguage),
                timeZone == null ? null : ZoneId.of(timeZone));
    }

    AccountSummary toSummary() {
        return new AccountSummary(id == null ? 0 : id, new Username(username), displayName, email, roles, enabled,
                mustChangePassword, createdAt, version);
    }

    long version() {
        return version;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange(boolean required) {
        this.mustChangePassword = required;
    }

    void changeDetails(Username newUsername, String newDisplayName, @Nullable String newEmail, Set<Role> newRoles) {
        this.username = newUsername.value();
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void changeEmail(@Nullable String newEmail) {
        this.email = newEmail;
    }

    void changeEnabled(boolean newEnabled) {
        this.enabled = newEnabled;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void changePreferredLanguage(Locale language) {
        this.preferredLanguage = language.toLanguageTag();
    }

    void changeTimeZone(@Nullable ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }
}

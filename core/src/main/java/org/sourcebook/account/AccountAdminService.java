package org.sourcebook.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountAdminException.Reason;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.audit.AuditLog;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.persistence.LikePatterns;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration: list, create, edit, disable, reset passwords, delete. Admins only. Every
 * change is written to the audit log in the same transaction. Admins cannot lock themselves out
 * (remove their own admin role, disable or delete themselves), and the last enabled admin keeps
 * the role.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdminService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    AccountAdminService(
            AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** One page of accounts matching {@code query}; sort by username unless {@code page} says otherwise. */
    @RolesAllowed(Role.Name.ADMIN)
    public Page<AccountSummary> find(AccountQuery query, Pageable page) {
        return accounts.findAll(matching(query), page).map(AccountEntity::toSummary);
    }

    /** How many accounts match {@code query}. */
    @RolesAllowed(Role.Name.ADMIN)
    public long count(AccountQuery query) {
        return accounts.count(matching(query));
    }

    /** How many accounts have each role (an account with two roles counts twice). */
    @RolesAllowed(Role.Name.ADMIN)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countWithRole(role));
        }
        return counts;
    }

    @RolesAllowed(Role.Name.ADMIN)
    public AccountSummary get(long id) {
        return load(id).toSummary();
    }

    /**
     * Creates an account that must change its password at first sign-in. Without a password in the
     * draft, a temporary one is generated and returned (once).
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public CreatedAccount create(AccountDraft draft) {
        PendingAccount pending = pending(draft);
        CreatedAccount created = insert(pending, passwordEncoder.encode(pending.account().rawPassword()));
        audit.record(AuditKind.ACCOUNT_CREATED, created.account().username().value(),
                "roles " + roleNames(created.account().roles()));
        return created;
    }

    /**
     * Checks a draft and picks its password (a generated one when the draft has none), without
     * touching the database: the first step of creating an account; then the password is hashed
     * (the slow step, which an import does for many accounts before its transaction) and
     * {@link #insert} stores it.
     *
     * @throws AccountAdminException when the draft is not a valid account
     */
    static PendingAccount pending(AccountDraft draft) {
        Username username = username(draft.username());
        String name = displayName(draft.displayName());
        String email = email(draft.email());
        requireRoles(draft.roles());
        String typed = draft.password() == null || draft.password().isEmpty() ? null : draft.password();
        String password = typed == null ? PasswordPolicy.temporary() : typed;
        PasswordPolicy.require(password, username.value());
        return new PendingAccount(new NewAccount(username, name, password, draft.roles()), email, typed == null);
    }

    /**
     * Stores a pending account with its hashed password; it must change the password at first
     * sign-in. Runs in the caller's transaction.
     *
     * @throws AccountAdminException USERNAME_TAKEN
     */
    CreatedAccount insert(PendingAccount pending, String passwordHash) {
        if (accounts.existsByUsername(pending.account().username().value())) {
            throw new AccountAdminException(Reason.USERNAME_TAKEN);
        }
        var entity = new AccountEntity(pending.account(), passwordHash, clock.instant());
        entity.changeEmail(pending.email());
        entity.requirePasswordChange(true);
        AccountSummary saved = accounts.saveAndFlush(entity).toSummary();
        return new CreatedAccount(saved, pending.generated() ? pending.account().rawPassword() : null);
    }

    /**
     * Changes username, name, e-mail and roles; the password in the draft is ignored.
     *
     * @param version the version the admin saw
     * @throws ConcurrentEditException if someone else changed the account since that version
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public AccountSummary update(long id, long version, AccountDraft draft) {
        AccountEntity entity = load(id);
        if (entity.version() != version) {
            throw new ConcurrentEditException("Account", id, version, entity.version());
        }
        Username username = username(draft.username());
        String name = displayName(draft.displayName());
        String email = email(draft.email());
        requireRoles(draft.roles());
        Set<Role> before = entity.roles();
        String oldUsername = entity.username();
        if (!username.value().equals(oldUsername) && accounts.existsByUsername(username.value())) {
            throw new AccountAdminException(Reason.USERNAME_TAKEN);
        }
        boolean losesAdmin = before.contains(Role.ADMIN) && !draft.roles().contains(Role.ADMIN);
        if (losesAdmin && isMe(entity)) {
            throw new AccountAdminException(Reason.OWN_ADMIN_ROLE);
        }
        if (losesAdmin && entity.enabled() && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountAdminException(Reason.LAST_ADMIN);
        }
        AccountSummary old = entity.toSummary();
        entity.changeDetails(username, name, email, draft.roles());
        AccountSummary saved = accounts.saveAndFlush(entity).toSummary();
        if (!before.equals(EnumSet.copyOf(draft.roles()))) {
            audit.record(AuditKind.ROLE_CHANGED, saved.username().value(),
                    roleNames(before) + " -> " + roleNames(draft.roles()));
        }
        List<String> changes = new ArrayList<>();
        if (!old.username().equals(saved.username())) {
            changes.add("username " + oldUsername + " -> " + saved.username());
        }
        if (!old.displayName().equals(saved.displayName())) {
            changes.add("name");
        }
        if (!Objects.equals(old.email(), saved.email())) {
            changes.add("e-mail");
        }
        if (!changes.isEmpty()) {
            audit.record(AuditKind.ACCOUNT_CHANGED, saved.username().value(), String.join(", ", changes));
        }
        return saved;
    }

    /**
     * Disables or enables an account; a disabled person's open sessions end at their next request.
     *
     * @throws ConcurrentEditException if someone else changed the account at the same moment
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public AccountSummary setEnabled(long id, boolean enabled) {
        AccountEntity entity = load(id);
        if (!enabled && isMe(entity)) {
            throw new AccountAdminException(Reason.OWN_ACCOUNT_DISABLE);
        }
        if (!enabled && entity.enabled() && entity.roles().contains(Role.ADMIN)
                && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountAdminException(Reason.LAST_ADMIN);
        }
        if (entity.enabled() == enabled) {
            return entity.toSummary();
        }
        entity.changeEnabled(enabled);
        AccountSummary saved = accounts.saveAndFlush(entity).toSummary();
        audit.record(enabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, saved.username().value(), "");
        return saved;
    }

    /**
     * Sets a generated temporary password, which must be changed at the next sign-in, and returns it (once).
     *
     * @throws ConcurrentEditException if someone else changed the account at the same moment
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public String resetPassword(long id) {
        AccountEntity entity = load(id);
        String password = PasswordPolicy.temporary();
        entity.changePasswordHash(passwordEncoder.encode(password));
        entity.requirePasswordChange(true);
        accounts.saveAndFlush(entity);
        audit.record(AuditKind.PASSWORD_RESET, entity.username(), "");
        return password;
    }

    /** What {@link #delete} would remove, or why it would refuse. */
    @RolesAllowed(Role.Name.ADMIN)
    public DeletionImpact deletionImpact(long id) {
        load(id);
        return new DeletionImpact(
                countOf("select count(*) from quiz_attempt where student_id = ?", id),
                countOf("select count(*) from card_review_log where student_id = ?", id),
                countOf("select count(*) from source_document where owner_id = ?", id),
                countOf("select count(*) from item where owner_id = ?", id),
                countOf("select count(*) from lesson where owner_id = ?", id));
    }

    /**
     * Deletes an account with its quiz attempts (and answers), card reviews and class memberships.
     * Refused while the account owns documents, items or lessons, or while other records (e.g. a
     * teacher's classes) still refer to it; nothing is deleted then.
     *
     * @throws ConcurrentEditException if someone else changed the account at the same moment
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public DeletionImpact delete(long id) {
        AccountEntity entity = load(id);
        if (isMe(entity)) {
            throw new AccountAdminException(Reason.OWN_ACCOUNT_DELETE);
        }
        if (entity.enabled() && entity.roles().contains(Role.ADMIN) && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountAdminException(Reason.LAST_ADMIN);
        }
        DeletionImpact impact = deletionImpact(id);
        if (impact.blocked()) {
            throw new AccountAdminException(Reason.OWNS_CONTENT);
        }
        String username = entity.username();
        jdbc.update("delete from quiz_answer where attempt_id in (select id from quiz_attempt where student_id = ?)", id);
        jdbc.update("delete from quiz_attempt where student_id = ?", id);
        jdbc.update("delete from card_review_log where student_id = ?", id);
        jdbc.update("delete from card_memory where student_id = ?", id);
        jdbc.update("delete from class_member where student_id = ?", id);
        try {
            accounts.delete(entity);
            accounts.flush();
        } catch (DataIntegrityViolationException referenced) {
            throw new AccountAdminException(Reason.STILL_REFERENCED);
        }
        audit.record(AuditKind.ACCOUNT_DELETED, username,
                impact.quizAttempts() + " quiz attempts, " + impact.cardReviews() + " card reviews deleted");
        return impact;
    }

    private long countOf(String sql, long id) {
        Long count = jdbc.queryForObject(sql, Long.class, id);
        return count == null ? 0 : count;
    }

    private AccountEntity load(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountAdminException(Reason.NOT_FOUND));
    }

    private static boolean isMe(AccountEntity entity) {
        return entity.username().equals(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    static Username username(String typed) {
        try {
            return Username.of(typed);
        } catch (IllegalArgumentException invalid) {
            throw new AccountAdminException(Reason.USERNAME_INVALID);
        }
    }

    static String displayName(String typed) {
        String name = typed.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new AccountAdminException(Reason.NAME_MISSING);
        }
        return name;
    }

    /** The e-mail address as stored: stripped, blank as none. */
    static @Nullable String email(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String email = typed.strip();
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new AccountAdminException(Reason.EMAIL_INVALID);
        }
        return email;
    }

    static void requireRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new AccountAdminException(Reason.ROLE_MISSING);
        }
    }

    private static String roleNames(Set<Role> roles) {
        return roles.isEmpty() ? "-" : String.join(", ", EnumSet.copyOf(roles).stream().map(Role::name).toList());
    }

    private static Specification<AccountEntity> matching(AccountQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = LikePatterns.containsLowerCase(query.text());
                conditions.add(builder.or(
                        builder.like(builder.lower(root.get("username")), pattern, '\\'),
                        builder.like(builder.lower(root.get("displayName")), pattern, '\\'),
                        builder.like(builder.lower(root.get("email")), pattern, '\\')));
            }
            if (query.role() != null) {
                Subquery<Long> withRole = criteria.subquery(Long.class);
                var other = withRole.from(AccountEntity.class);
                withRole.select(other.get("id")).where(builder.equal(other.join("roles"), query.role()));
                conditions.add(root.get("id").in(withRole));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }
}

package org.sourcebook.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.AccountAdminException.Reason;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.audit.AuditEvent;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.audit.AuditQuery;
import org.sourcebook.audit.AuditService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.testsupport.ParallelEdits;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Account administration on every supported database; each test makes its own accounts. */
@SpringBootTest
abstract class AccountAdminServiceContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService auditService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A real admin account, so "own account" rules apply to it. */
    private SignedIn newAdmin() {
        String name = unique("boss");
        SignedIn.as("test-admin", Role.ADMIN).run(() -> admin.create(draft(name, Role.ADMIN)));
        return SignedIn.as(name, Role.ADMIN);
    }

    private static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static AccountDraft draft(String username, Role... roles) {
        return new AccountDraft(username, "Name of " + username, username + "@school.example", Set.of(roles), null);
    }

    @Test
    void searchIsCaseInsensitiveOverUsernameNameAndEmailAndPagesInTheDatabase() {
        SignedIn me = newAdmin();
        String tag = unique("zebra");
        me.run(() -> {
            admin.create(new AccountDraft(tag + "-a", "Anna", null, Set.of(Role.STUDENT), null));
            admin.create(new AccountDraft("x" + tag.substring(1) + "-b", "Ben " + tag.toUpperCase(), null,
                    Set.of(Role.TEACHER), null));
            admin.create(new AccountDraft(unique("c"), "Cem", "cem." + tag + "@School.example", Set.of(Role.STUDENT), null));

            var byText = admin.find(new AccountQuery(tag.toUpperCase(), null), PageRequest.of(0, 10, Sort.by("username")));
            assertThat(byText.getTotalElements()).isEqualTo(3); // by username, by name, by e-mail
            assertThat(byText.getContent()).extracting(a -> a.displayName())
                    .containsExactlyInAnyOrder("Anna", "Ben " + tag.toUpperCase(), "Cem");

            var students = admin.find(new AccountQuery(tag, Role.STUDENT), PageRequest.of(0, 1, Sort.by("username")));
            assertThat(students.getTotalElements()).isEqualTo(2);
            assertThat(students.getContent()).hasSize(1);
            assertThat(admin.count(new AccountQuery(tag.substring(1), Role.TEACHER))).isEqualTo(1);
        });
    }

    @Test
    void createdAccountsGetATemporaryPasswordShownOnceAndMustChangeIt() {
        SignedIn me = newAdmin();
        String name = unique("new");
        CreatedAccount created = me.get(() -> admin.create(draft(name, Role.STUDENT)));

        assertThat(created.temporaryPassword()).isNotBlank();
        assertThat(created.account().mustChangePassword()).isTrue();
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, name);
        assertThat(passwordEncoder.matches(created.temporaryPassword(), hash)).isTrue();
        assertThat(SignedIn.as(name, Role.STUDENT).get(accounts::mustChangeMyPassword)).isTrue();

        SignedIn.as(name, Role.STUDENT).run(() -> accounts.changeMyPassword(created.temporaryPassword(), "a brand new passphrase"));
        assertThat(SignedIn.as(name, Role.STUDENT).get(accounts::mustChangeMyPassword)).isFalse();
        assertThat(lastEvent(name).kind()).isEqualTo(AuditKind.PASSWORD_CHANGED);
    }

    @Test
    void weakPasswordsBadEmailsTakenNamesAndMissingRolesAreRefused() {
        SignedIn me = newAdmin();
        String name = unique("rules");
        me.run(() -> {
            assertThatThrownBy(() -> admin.create(new AccountDraft(name, "N", null, Set.of(Role.STUDENT), "password1")))
                    .isInstanceOfSatisfying(AccountAdminException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.PASSWORD_WEAK);
                        assertThat(e.passwordProblems()).containsExactly(PasswordProblem.COMMON);
                    });
            assertThatThrownBy(() -> admin.create(new AccountDraft(name, "N", "not-an-email", Set.of(Role.STUDENT), null)))
                    .hasFieldOrPropertyWithValue("reason", Reason.EMAIL_INVALID);
            assertThatThrownBy(() -> admin.create(new AccountDraft(name, "N", null, Set.of(), null)))
                    .hasFieldOrPropertyWithValue("reason", Reason.ROLE_MISSING);
            admin.create(new AccountDraft(name, "N", null, Set.of(Role.STUDENT), "meadowlark piano"));
            assertThatThrownBy(() -> admin.create(new AccountDraft(name.toUpperCase(), "N", null, Set.of(Role.STUDENT), null)))
                    .hasFieldOrPropertyWithValue("reason", Reason.USERNAME_TAKEN);
        });
    }

    @Test
    void editsChangeDetailsAndRolesAndAreAuditedButAStaleVersionIsRefused() {
        SignedIn me = newAdmin();
        String name = unique("edit");
        AccountSummary created = me.get(() -> admin.create(draft(name, Role.STUDENT)).account());
        String renamed = unique("renamed");

        AccountSummary saved = me.get(() -> admin.update(created.id(), created.version(),
                new AccountDraft(renamed, "New Name", "new@school.example", Set.of(Role.STUDENT, Role.TEACHER), null)));

        assertThat(saved.username().value()).isEqualTo(renamed);
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.STUDENT, Role.TEACHER);
        assertThat(saved.email()).isEqualTo("new@school.example");
        List<AuditEvent> events = me.get(() -> auditService.find(new AuditQuery(renamed, null, null, null), 0, 10));
        assertThat(events).extracting(AuditEvent::kind).contains(AuditKind.ROLE_CHANGED, AuditKind.ACCOUNT_CHANGED);
        assertThat(events).filteredOn(e -> e.kind() == AuditKind.ROLE_CHANGED).first()
                .satisfies(e -> assertThat(e.details()).contains("STUDENT -> TEACHER, STUDENT"));

        assertThatThrownBy(() -> me.run(() -> admin.update(created.id(), created.version(), draft(renamed, Role.STUDENT))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void sixAdminsSavingOneVersionAtOnceGetOneSaveAndConflictsAndLoseNoChangeOnRetry() throws Exception {
        SignedIn me = newAdmin();
        String name = unique("race");
        long id = me.get(() -> admin.create(draft(name, Role.STUDENT)).account().id());
        int editors = 6;

        ParallelEdits.Outcome outcome = ParallelEdits.run(editors, new TransactionTemplate(transactionManager), me,
                () -> admin.get(id),
                (editor, loaded) -> admin.update(id, loaded.version(), new AccountDraft(name,
                        loaded.displayName() + " e" + editor, loaded.email(), loaded.roles(), null)));

        assertThat(outcome.firstRoundSaves()).as("saves of the version all admins loaded").isEqualTo(1);
        assertThat(outcome.refusedWrites()).as("losers refused by the database, reported as conflicts")
                .isEqualTo(editors - 1);
        assertThat(outcome.conflicts()).isGreaterThanOrEqualTo(editors - 1);
        String displayName = me.get(() -> admin.get(id)).displayName();
        assertThat(IntStream.range(0, editors).mapToObj(i -> " e" + i)).allMatch(displayName::contains);
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        SignedIn me = newAdmin();
        AccountSummary mine = me.get(() -> admin.find(new AccountQuery(me.username(), null), PageRequest.of(0, 1))
                .getContent().get(0));
        me.run(() -> {
            assertThatThrownBy(() -> admin.update(mine.id(), mine.version(),
                    new AccountDraft(me.username(), "Me", null, Set.of(Role.TEACHER), null)))
                    .hasFieldOrPropertyWithValue("reason", Reason.OWN_ADMIN_ROLE);
            assertThatThrownBy(() -> admin.setEnabled(mine.id(), false))
                    .hasFieldOrPropertyWithValue("reason", Reason.OWN_ACCOUNT_DISABLE);
            assertThatThrownBy(() -> admin.delete(mine.id()))
                    .hasFieldOrPropertyWithValue("reason", Reason.OWN_ACCOUNT_DELETE);
        });
        assertThat(me.get(() -> admin.get(mine.id())).roles()).contains(Role.ADMIN);
    }

    @Test
    void disablingAndEnablingIsAuditedAndEndsSessionsThroughTheStatusCheck() {
        SignedIn me = newAdmin();
        String name = unique("off");
        AccountSummary created = me.get(() -> admin.create(draft(name, Role.STUDENT)).account());

        me.run(() -> admin.setEnabled(created.id(), false));
        assertThat(me.get(() -> admin.get(created.id())).enabled()).isFalse();
        assertThat(lastEvent(name).kind()).isEqualTo(AuditKind.ACCOUNT_DISABLED);
        assertThat(lastEvent(name).actorUsername()).isEqualTo(me.username());

        me.run(() -> admin.setEnabled(created.id(), true));
        assertThat(lastEvent(name).kind()).isEqualTo(AuditKind.ACCOUNT_ENABLED);
    }

    @Test
    void aResetPasswordWorksOnceAndMustBeChanged() {
        SignedIn me = newAdmin();
        String name = unique("reset");
        AccountSummary created = me.get(() -> admin.create(
                new AccountDraft(name, "R", null, Set.of(Role.STUDENT), "my own passphrase")).account());
        SignedIn.as(name, Role.STUDENT).run(() -> accounts.changeMyPassword("my own passphrase", "another passphrase"));

        String temporary = me.get(() -> admin.resetPassword(created.id()));

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, name);
        assertThat(passwordEncoder.matches(temporary, hash)).isTrue();
        assertThat(SignedIn.as(name, Role.STUDENT).get(accounts::mustChangeMyPassword)).isTrue();
        assertThat(lastEvent(name).kind()).isEqualTo(AuditKind.PASSWORD_RESET);
        assertThatThrownBy(() -> SignedIn.as(name, Role.STUDENT).run(() -> accounts.changeMyPassword("wrong", "x y z w q r s t")))
                .hasFieldOrPropertyWithValue("reason", Reason.WRONG_CURRENT_PASSWORD);
    }

    @Test
    void deletingAStudentDeletesTheirAttemptsAndClassMembershipsAndNothingElse() {
        SignedIn me = newAdmin();
        var lesson = lessons.publish(List.of(), List.of(SampleItems.singleChoice()), QuizSettings.DEFAULTS);
        String name = unique("leaver");
        AccountSummary student = me.get(() -> admin.create(draft(name, Role.STUDENT)).account());
        lesson.enrol(SignedIn.as(name, Role.STUDENT)).run(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));

        DeletionImpact impact = me.get(() -> admin.deletionImpact(student.id()));
        assertThat(impact.quizAttempts()).isEqualTo(1);
        assertThat(impact.blocked()).isFalse();

        me.run(() -> admin.delete(student.id()));

        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, name)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where student_id = ?", Long.class, student.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from class_member where student_id = ?", Long.class, student.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from lesson where id = ?", Long.class, lesson.id().value())).isOne();
        assertThat(lastEvent(name).kind()).isEqualTo(AuditKind.ACCOUNT_DELETED);
        assertThat(lastEvent(name).details()).contains("1 quiz attempts");
    }

    @Test
    void aTeacherWhoOwnsLessonsCannotBeDeleted() {
        SignedIn me = newAdmin();
        var lesson = lessons.publish(List.of(), List.of(SampleItems.singleChoice()), QuizSettings.DEFAULTS);
        long teacherId = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                lesson.teacher().username());

        assertThat(me.get(() -> admin.deletionImpact(teacherId)).ownedLessons()).isEqualTo(1);
        assertThatThrownBy(() -> me.run(() -> admin.delete(teacherId)))
                .hasFieldOrPropertyWithValue("reason", Reason.OWNS_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Long.class, teacherId)).isOne();
    }

    @Test
    void teachersAndStudentsCannotAdministerAccounts() {
        for (Role role : List.of(Role.TEACHER, Role.STUDENT)) {
            SignedIn someone = SignedIn.as(unique("nosy"), role);
            assertThatThrownBy(() -> someone.run(() -> admin.find(AccountQuery.all(), PageRequest.of(0, 5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> someone.run(() -> admin.create(draft(unique("sneaky"), Role.ADMIN))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> someone.run(() -> admin.resetPassword(1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> someone.run(() -> admin.delete(1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> someone.run(() -> auditService.find(AuditQuery.all(), 0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theAuditLogFiltersByUserKindAndTime() {
        SignedIn me = newAdmin();
        String name = unique("audited");
        me.run(() -> admin.create(draft(name, Role.STUDENT)));
        me.run(() -> {
            assertThat(auditService.find(new AuditQuery(name, AuditKind.ACCOUNT_CREATED, null, null), 0, 10)).hasSize(1);
            assertThat(auditService.count(new AuditQuery(name, AuditKind.ACCOUNT_DELETED, null, null))).isZero();
            AuditEvent created = auditService.find(new AuditQuery(name, null, null, null), 0, 1).get(0);
            assertThat(auditService.count(new AuditQuery(name, null, created.occurredAt(), null))).isOne();
            assertThat(auditService.count(new AuditQuery(name, null, null, created.occurredAt()))).isZero();
            assertThat(auditService.count(new AuditQuery("%", null, null, null)))
                    .as("LIKE wildcards are matched literally").isZero();
        });
    }

    private AuditEvent lastEvent(String subject) {
        return SignedIn.as("test-admin", Role.ADMIN)
                .get(() -> auditService.find(new AuditQuery(subject, null, null, null), 0, 1).get(0));
    }
}

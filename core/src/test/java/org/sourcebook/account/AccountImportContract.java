package org.sourcebook.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.account.ImportProblem.Kind;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** CSV account import on every supported database: broken rows, limits, class enrolment, all-or-nothing. */
@SpringBootTest
abstract class AccountImportContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SignedIn ADMIN = SignedIn.as("test-admin", Role.ADMIN);
    private static final String HEADER = "username,firstname,lastname,email,password,role\n";
    private static final String CLASS_HEADER = "username,firstname,lastname,role,class\n";

    @Autowired
    AccountImportService imports;

    @Autowired
    AccountAdminService admin;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassService classes;

    @Autowired
    TestTeachers people;

    private static String prefix() {
        return "csv" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
    }

    private static String validRow(String prefix, int i) {
        return prefix + "-" + i + ",Aysel,Məmmədova " + i + ",\"aysel." + i + "@school.example\",,student\n";
    }

    /** A broken row, what it breaks, given the file's prefix (for duplicates of row 2's username). */
    static Stream<Arguments> brokenRows() {
        return Stream.of(
                Arguments.of("missing last name", "%s-bad,Ali,,,,student\n", Kind.MISSING_FIELD),
                Arguments.of("missing username", ",Ali,Aliyev,,,student\n", Kind.MISSING_FIELD),
                Arguments.of("bad e-mail", "%s-bad,Ali,Aliyev,ali-at-school,,student\n", Kind.EMAIL_INVALID),
                Arguments.of("common password", "%s-bad,Ali,Aliyev,,password1,student\n", Kind.PASSWORD_WEAK),
                Arguments.of("short password", "%s-bad,Ali,Aliyev,,abc,student\n", Kind.PASSWORD_WEAK),
                Arguments.of("unknown role", "%s-bad,Ali,Aliyev,,,headmaster\n", Kind.UNKNOWN_ROLE),
                Arguments.of("too many columns", "%s-bad,Ali,Aliyev,,,student,extra\n", Kind.TOO_MANY_COLUMNS),
                Arguments.of("invalid username", "%s bad!,Ali,Aliyev,,,student\n", Kind.USERNAME_INVALID),
                Arguments.of("duplicate in file", "%s-0,Ali,Aliyev,,,student\n", Kind.DUPLICATE_IN_FILE),
                Arguments.of("taken in database", "test-admin-taken,Ali,Aliyev,,,student\n", Kind.USERNAME_TAKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRows")
    void aBrokenRowIsReportedWithItsRowNumberAndTheOthersImport(String what, String broken, Kind kind) {
        ensureTakenAccount();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed * 31 + what.hashCode());
            String prefix = prefix();
            int valid = 2 + random.nextInt(4);
            int brokenAt = 1 + random.nextInt(valid); // after at least row 2 (the first valid one)
            StringBuilder csv = new StringBuilder(HEADER);
            List<String> expected = new ArrayList<>();
            for (int i = 0, written = 0; written < valid; i++) {
                if (i == brokenAt) {
                    csv.append(broken.replace("%s", prefix));
                    continue;
                }
                csv.append(validRow(prefix, written));
                expected.add(prefix + "-" + written);
                written++;
            }
            if (brokenAt >= valid) {
                csv.append(broken.replace("%s", prefix));
            }
            int brokenRowNumber = Math.min(brokenAt, valid) + 2;

            ImportPreview preview = ADMIN.get(() -> imports.preview(csv.toString().getBytes(StandardCharsets.UTF_8)));

            assertThat(preview.rows()).as("seed %s", seed).hasSize(valid + 1);
            ImportRow bad = preview.rows().stream().filter(row -> !row.valid()).findFirst().orElseThrow();
            assertThat(bad.rowNumber()).as("seed %s", seed).isEqualTo(brokenRowNumber);
            assertThat(bad.problems()).extracting(ImportProblem::kind).contains(kind);
            assertThat(preview.validRows()).extracting(ImportRow::username).containsExactlyElementsOf(expected);

            List<ImportedAccount> created = ADMIN.get(() -> imports.importValid(preview));

            assertThat(created).extracting(ImportedAccount::username).containsExactlyElementsOf(expected);
            assertThat(created).allSatisfy(account -> assertThat(account.temporaryPassword()).isNotBlank());
            assertThat(jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
                    prefix + "-%")).isEqualTo(valid);
        }
    }

    @Test
    void givenPasswordsAreUsedRolesMapAndEveryoneMustChangeTheirPassword() {
        String prefix = prefix();
        String csv = "Username;FirstName;LastName;Role;Password;Class\n"
                + prefix + "-t;Leyla;Həsənova;editingteacher;\"a long; odd passphrase\";\n"
                + prefix + "-s;Murad;Quliyev;Student;;\n";

        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.classColumn()).isTrue();
        assertThat(preview.validRows()).hasSize(2);
        List<ImportedAccount> created = ADMIN.get(() -> imports.importValid(preview));
        assertThat(created.get(0).temporaryPassword()).isNull();
        assertThat(created.get(0).displayName()).isEqualTo("Leyla Həsənova");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                prefix + "-t");
        assertThat(passwordEncoder.matches("a long; odd passphrase", hash)).isTrue();
        assertThat(jdbc.queryForList("select must_change_password from user_account where username like ?", Boolean.class,
                prefix + "-%")).containsOnly(true);
        assertThat(ADMIN.get(() -> admin.find(new AccountQuery(prefix + "-t", null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).roles())).containsExactly(Role.TEACHER);
    }

    @Test
    void aStudentJoinsTheOneClassOfThatNameWhateverItsCaseAndSpaces() {
        String prefix = prefix();
        SchoolClass chemistry = people.newTeacher().get(() -> classes.create("Chemistry " + prefix));
        String csv = CLASS_HEADER + prefix + "-s,Aysel,Məmmədova,student,\"  CHEMISTRY " + prefix.toUpperCase() + "  \"\n";
        List<int[]> progress = new ArrayList<>();

        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(0).classes()).extracting(ImportClass::id).containsExactly(chemistry.id().value());
        ADMIN.run(() -> imports.importValid(preview, (done, total) -> {
            synchronized (progress) {
                progress.add(new int[] {done, total});
            }
        }));
        assertThat(membersOf(chemistry)).containsExactly(prefix + "-s");
        assertThat(progress).hasSize(1).allSatisfy(report -> assertThat(report).containsExactly(1, 1));
        assertThat(jdbc.queryForObject("select details from audit_event where kind = 'CLASS_ENROLLED' and subject_username = ?",
                String.class, prefix + "-s")).contains(chemistry.name());
    }

    @Test
    void aNameSeveralTeachersUseIsARowErrorUnlessTheTeacherIsNamed() {
        String prefix = prefix();
        SignedIn first = people.newTeacher();
        SignedIn second = people.newTeacher();
        first.run(() -> classes.create("Biology " + prefix));
        SchoolClass seconds = second.get(() -> classes.create("Biology " + prefix));
        String csv = CLASS_HEADER
                + prefix + "-a,Ali,Aliyev,student,Biology " + prefix + "\n"
                + prefix + "-b,Banu,Aliyeva,student, " + second.username() + "/biology " + prefix + "\n";

        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.rows().get(0).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.CLASS_AMBIGUOUS);
            assertThat(problem.detail()).contains(first.username() + "/Biology " + prefix,
                    second.username() + "/Biology " + prefix);
        });
        assertThat(preview.rows().get(1).classes()).extracting(ImportClass::ownerUsername).containsExactly(second.username());
        ADMIN.run(() -> imports.importValid(preview));
        assertThat(membersOf(seconds)).containsExactly(prefix + "-b");
    }

    @Test
    void anUnknownClassAndAClassForAnyoneButAStudentAreRowErrors() {
        String prefix = prefix();
        people.newTeacher().run(() -> classes.create("Physics " + prefix));
        String csv = CLASS_HEADER
                + prefix + "-s,Ali,Aliyev,student,Physics " + prefix + "; Nowhere " + prefix + "\n"
                + prefix + "-t,Leyla,Həsənova,teacher,Physics " + prefix + "\n";

        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.rows().get(0).problems()).extracting(ImportProblem::kind, ImportProblem::detail)
                .containsExactly(tuple(Kind.CLASS_NOT_FOUND, "Nowhere " + prefix));
        assertThat(preview.rows().get(1).problems()).extracting(ImportProblem::kind, ImportProblem::detail)
                .containsExactly(tuple(Kind.CLASS_NOT_FOR_ROLE, "teacher"));
        assertThat(preview.validRows()).isEmpty();
    }

    @Test
    void aStudentJoinsEveryClassOfASemicolonSeparatedListOnce() {
        String prefix = prefix();
        SignedIn teacher = people.newTeacher();
        SchoolClass art = teacher.get(() -> classes.create("Art " + prefix));
        SchoolClass music = teacher.get(() -> classes.create("Music " + prefix));
        String csv = CLASS_HEADER + prefix + "-s,Ali,Aliyev,student,\"Art " + prefix + "; music " + prefix + ";;art " + prefix
                + ";\"\n";

        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.rows().get(0).classes()).extracting(ImportClass::name)
                .containsExactly(art.name(), music.name());
        ADMIN.run(() -> imports.importValid(preview));
        assertThat(membersOf(art)).containsExactly(prefix + "-s");
        assertThat(membersOf(music)).containsExactly(prefix + "-s");
    }

    @Test
    void anImportThatFailsHalfwayLeavesNeitherAccountsNorEnrolments() {
        String prefix = prefix();
        SignedIn teacher = people.newTeacher();
        SchoolClass kept = teacher.get(() -> classes.create("Kept " + prefix));
        SchoolClass deleted = teacher.get(() -> classes.create("Deleted " + prefix));
        String csv = CLASS_HEADER
                + prefix + "-1,Ali,Aliyev,student,Kept " + prefix + "\n"
                + prefix + "-2,Banu,Aliyeva,student,Deleted " + prefix + "\n";
        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.validRows()).hasSize(2);
        teacher.run(() -> classes.delete(deleted.id()));

        assertThatThrownBy(() -> ADMIN.run(() -> imports.importValid(preview)))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportFileException.Reason.CHANGED_SINCE_PREVIEW);
                    assertThat(e.detail()).isEqualTo("3");
                });
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
                prefix + "-%")).isZero();
        assertThat(membersOf(kept)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_username like ?", Long.class,
                prefix + "-%")).isZero();
    }

    @Test
    void aNameTakenAfterThePreviewRefusesTheWholeImport() {
        String prefix = prefix();
        String csv = HEADER + validRow(prefix, 0) + validRow(prefix, 1) + validRow(prefix, 2);
        ImportPreview preview = ADMIN.get(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8)));
        ADMIN.run(() -> admin.create(new AccountDraft(prefix + "-2", "Quick", null, Set.of(Role.STUDENT), null)));

        assertThatThrownBy(() -> ADMIN.run(() -> imports.importValid(preview)))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportFileException.Reason.CHANGED_SINCE_PREVIEW);
                    assertThat(e.detail()).isEqualTo("4");
                });
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
                prefix + "-%")).as("only the account made in between").isOne();
    }

    @Test
    void filesThatCannotBeUsedAreRefusedWithAReason() {
        assertFileRefused("firstname,lastname,role\nA,B,student\n", ImportFileException.Reason.MISSING_COLUMN);
        assertFileRefused("username,firstname,lastname,role,shoe size\na,B,C,student,42\n",
                ImportFileException.Reason.UNKNOWN_COLUMN);
        assertFileRefused("username,firstname,lastname,role\n", ImportFileException.Reason.EMPTY);
        assertFileRefused("username,firstname,lastname,role\n\"unclosed,B,C,student\n", ImportFileException.Reason.UNREADABLE);
        String many = HEADER + "a,B,C,,,student\n".repeat(AccountImportService.MAX_ROWS + 1);
        assertFileRefused(many, ImportFileException.Reason.TOO_MANY_ROWS);
        assertThatThrownBy(() -> ADMIN.run(() -> imports.preview(new byte[AccountImportService.MAX_BYTES + 1])))
                .hasFieldOrPropertyWithValue("reason", ImportFileException.Reason.TOO_LARGE);
        assertThatThrownBy(() -> ADMIN.run(() -> imports.preview(new byte[] {(byte) 0xC3, (byte) 0x28})))
                .hasFieldOrPropertyWithValue("reason", ImportFileException.Reason.UNREADABLE);
    }

    @Test
    void teachersAndStudentsCannotImport() {
        for (Role role : List.of(Role.TEACHER, Role.STUDENT)) {
            assertThatThrownBy(() -> SignedIn.as("someone", role).run(() -> imports.preview(HEADER.getBytes())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertFileRefused(String csv, ImportFileException.Reason reason) {
        assertThatThrownBy(() -> ADMIN.run(() -> imports.preview(csv.getBytes(StandardCharsets.UTF_8))))
                .as(reason.name()).hasFieldOrPropertyWithValue("reason", reason);
    }

    private List<String> membersOf(SchoolClass schoolClass) {
        return jdbc.queryForList("select a.username from class_member m join user_account a on a.id = m.student_id"
                + " where m.class_id = ?", String.class, schoolClass.id().value());
    }

    private void ensureTakenAccount() {
        if (jdbc.queryForObject("select count(*) from user_account where username = 'test-admin-taken'", Long.class) == 0) {
            ADMIN.run(() -> admin.create(new AccountDraft("test-admin-taken", "Taken", null, Set.of(Role.STUDENT), null)));
        }
    }
}

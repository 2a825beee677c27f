package org.sourcebook.ui.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.sourcebook.ui.admin.GridCells.cell;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.sourcebook.ui.base.Confirmation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.SteppedBackgroundTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

class AdminImportViewTest extends KaribuTest {

    @Autowired
    SteppedBackgroundTasks background;

    @BeforeEach
    void nothingLeftFromOtherTests() {
        background.clear();
    }

    private AdminImportView openAsAdmin() {
        login(createAccount("importer", Role.ADMIN));
        open(AdminRoutes.IMPORT);
        return (AdminImportView) currentView();
    }

    @Test
    void previewShowsRowProblemsAndClassesThenImportsTheValidRowsInTheBackgroundAfterConfirmation() {
        String p = "imp" + System.nanoTime();
        String teacher = createAccount("class-owner", Role.TEACHER);
        SchoolClass schoolClass = asSignedIn(teacher, Role.TEACHER, () -> context.getBean(ClassService.class).create("Class " + p));
        AdminImportView view = openAsAdmin();
        String csv = "username,firstname,lastname,email,password,role,class\n"
                + p + "-1,Aysel,Məmmədova,aysel@school.example,,student,class " + p + "\n"
                + p + "-2,Murad,Quliyev,not-an-email,,student,Class " + p + "\n"
                + p + "-1,Leyla,Həsənova,,,teacher,\n"
                + p + "-3,Orxan,Babayev,,12345678,student,\n"
                + p + "-4,Kamran,Əliyev,,,student,Nowhere " + p + "\n"
                + p + "-5,Nigar,Rzayeva,,,teacher,Class " + p + "\n"
                + p + "-6,Elvin,Həsənov,,,student,\n";

        view.check(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(view.message().getText()).isEqualTo("7 rows: 2 ready to import, 5 with problems (they will be skipped).");
        assertThat(_size(view.preview())).isEqualTo(7);
        assertThat(cell(view.preview(), 0, "classes")).isEqualTo("Class " + p + " (" + teacher + ")");
        assertThat(cell(view.preview(), 1, "problems")).isEqualTo("E-mail \"not-an-email\" is not valid.");
        assertThat(cell(view.preview(), 2, "problems")).isEqualTo("The same username is already in row 2.");
        assertThat(cell(view.preview(), 3, "problems")).contains("commonly used passwords");
        assertThat(cell(view.preview(), 3, "row")).isEqualTo("5");
        assertThat(cell(view.preview(), 4, "problems")).isEqualTo("There is no class \"Nowhere " + p + "\".");
        assertThat(cell(view.preview(), 5, "problems")).isEqualTo("Only students join classes (this row's role is \"teacher\").");
        assertThat(view.importButton().getText()).isEqualTo("Import 2 valid rows");

        _click(view.importButton());
        confirm(_get(Confirmation.class));

        assertThat(view.importButton().isVisible()).as("the import runs in the background").isFalse();
        assertThat(view.progressText().getText()).startsWith("Preparing passwords: 0 of 2.");
        background.runAll();

        assertThat(view.message().getText()).isEqualTo("Created 2 accounts.");
        assertThat(view.progressText().isVisible()).isFalse();
        assertThat(_size(view.created())).isEqualTo(2);
        assertThat(cell(view.created(), 0, "password")).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(context.getBean(JdbcTemplate.class).queryForList("select a.username from class_member m"
                + " join user_account a on a.id = m.student_id where m.class_id = ?", String.class, schoolClass.id().value()))
                .containsExactly(p + "-1");
        assertThat(new String(AdminImportView.credentials(java.util.List.of(
                new org.sourcebook.account.ImportedAccount("a", "B, C", "pw"))), StandardCharsets.UTF_8))
                .isEqualTo("username,name,temporary_password\r\na,\"B, C\",pw\r\n");
    }

    @Test
    void aFileWithoutAClassColumnHidesTheClassesColumn() {
        AdminImportView view = openAsAdmin();

        view.check(("username,firstname,lastname,role\nimp" + System.nanoTime() + ",A,B,student\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(view.preview().getColumnByKey("classes").isVisible()).isFalse();
    }

    private static <T> T asSignedIn(String username, Role role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWithAReason() {
        AdminImportView view = openAsAdmin();

        view.check("user,first,last\na,b,c\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.message().getText()).startsWith("Unknown column \"user\"");
        assertThat(view.preview().isVisible()).isFalse();
        assertThat(view.importButton().isVisible()).isFalse();
    }
}

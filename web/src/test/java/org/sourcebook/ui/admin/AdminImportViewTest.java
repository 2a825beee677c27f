package org.sourcebook.ui.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.sourcebook.ui.admin.GridCells.cell;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;

class AdminImportViewTest extends KaribuTest {

    private AdminImportView openAsAdmin() {
        login(createAccount("importer", Role.ADMIN));
        open(AdminRoutes.IMPORT);
        return (AdminImportView) currentView();
    }

    @Test
    void previewShowsRowProblemsThenImportsTheValidRowsAfterConfirmation() {
        AdminImportView view = openAsAdmin();
        String p = "imp" + System.nanoTime();
        String csv = "username,firstname,lastname,email,password,role,class\n"
                + p + "-1,Aysel,Məmmədova,aysel@school.example,,student,9A\n"
                + p + "-2,Murad,Quliyev,not-an-email,,student,9A\n"
                + p + "-1,Leyla,Həsənova,,,teacher,\n"
                + p + "-3,Orxan,Babayev,,12345678,student,9B\n"
                + p + "-4,Kamran,Əliyev,,,student,9B\n";

        view.check(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(view.message().getText()).isEqualTo("5 rows: 2 ready to import, 3 with problems (they will be skipped).");
        assertThat(view.classNote().isVisible()).isTrue();
        assertThat(_size(view.preview())).isEqualTo(5);
        assertThat(cell(view.preview(), 1, "problems")).isEqualTo("E-mail \"not-an-email\" is not valid.");
        assertThat(cell(view.preview(), 2, "problems")).isEqualTo("The same username is already in row 2.");
        assertThat(cell(view.preview(), 3, "problems")).contains("commonly used passwords");
        assertThat(cell(view.preview(), 3, "row")).isEqualTo("5");
        assertThat(view.importButton().getText()).isEqualTo("Import 2 valid rows");

        _click(view.importButton());
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(view.message().getText()).isEqualTo("Created 2 accounts.");
        assertThat(_size(view.created())).isEqualTo(2);
        assertThat(cell(view.created(), 0, "password")).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(new String(AdminImportView.credentials(java.util.List.of(
                new org.sourcebook.account.ImportedAccount("a", "B, C", "pw"))), StandardCharsets.UTF_8))
                .isEqualTo("username,name,temporary_password\r\na,\"B, C\",pw\r\n");
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

package org.sourcebook.ui.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.sourcebook.ui.admin.GridCells.cell;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.sourcebook.ui.base.Confirmation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.account.AccountDraft;
import org.sourcebook.account.AccountSummary;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

class AdminUsersViewTest extends KaribuTest {

    @Autowired
    AccountAdminService admin;

    private AdminUsersView openAsAdmin() {
        login(createAccount("admin", Role.ADMIN));
        open(AdminRoutes.USERS);
        return (AdminUsersView) currentView();
    }

    /** An action button of the first row (component columns are not part of the UI tree). */
    private static Button action(AdminUsersView view, String id) {
        return (Button) _getCellComponent(view.grid(), 0, "actions").getChildren()
                .filter(button -> button.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static List<AccountSummary> rows(AdminUsersView view) {
        return _findAll(view.grid());
    }

    @Test
    void searchAndRoleFilterNarrowTheLazyGrid() {
        String teacher = createAccount("findme", Role.TEACHER);
        String student = createAccount("findme", Role.STUDENT);
        AdminUsersView view = openAsAdmin();

        view.search().setValue(teacher.substring(0, "findme".length()));
        assertThat(rows(view)).extracting(a -> a.username().value()).contains(teacher, student);
        view.role().setValue(Role.TEACHER);

        assertThat(rows(view)).extracting(a -> a.username().value()).contains(teacher).doesNotContain(student);
        view.search().setValue(student.toUpperCase());
        view.role().clear();
        assertThat(_size(view.grid())).isEqualTo(1);
        assertThat(cell(view.grid(), 0, "roles")).isEqualTo("Student");
    }

    @Test
    void creatingAUserWithoutPasswordShowsTheTemporaryPasswordOnce() {
        AdminUsersView view = openAsAdmin();
        String username = "created-" + System.nanoTime();

        AccountDialog dialog = view.openCreate();
        dialog.username.setValue(username);
        dialog.displayName.setValue("Nigar Əliyeva");
        dialog.email.setValue("nigar@school.example");
        dialog.roles.setValue(Set.of(Role.STUDENT));
        _click(dialog.save);

        TemporaryPasswordDialog shown = _get(TemporaryPasswordDialog.class);
        assertThat(shown.password.getValue()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        view.search().setValue(username);
        assertThat(cell(view.grid(), 0, "status")).isEqualTo("Active · must change password");
    }

    @Test
    void aWeakPasswordAndABadEmailAreRefusedWithTranslatedMessages() {
        AdminUsersView view = openAsAdmin();

        AccountDialog dialog = view.openCreate();
        dialog.username.setValue("weak-" + System.nanoTime());
        dialog.displayName.setValue("Weak");
        dialog.email.setValue("nope");
        dialog.roles.setValue(Set.of(Role.STUDENT));
        dialog.password.setValue("password1");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, or leave it empty.");
        assertThat(dialog.password.getErrorMessage()).contains("commonly used passwords");
    }

    @Test
    void editingAnotherAdminsStaleCopyIsRefusedAndAnAdminCannotDropTheirOwnRole() {
        String me = createAccount("self", Role.ADMIN);
        login(me);
        open(AdminRoutes.USERS);
        AdminUsersView view = (AdminUsersView) currentView();
        view.search().setValue(me);
        AccountSummary mine = rows(view).get(0);

        AccountDialog dialog = view.openEdit(mine);
        dialog.roles.setValue(Set.of(Role.TEACHER));
        _click(dialog.save);

        assertThat(dialog.error.getText()).isEqualTo("You cannot remove your own admin role.");
    }

    @Test
    void savingAnEditAfterAnotherAdminSavedTheAccountShowsAConflictAndKeepsTheirChange() {
        String target = createAccount("contested", Role.STUDENT);
        AdminUsersView view = openAsAdmin();
        view.search().setValue(target);
        AccountSummary loaded = rows(view).get(0);
        AccountDialog dialog = view.openEdit(loaded);
        admin.update(loaded.id(), loaded.version(), new AccountDraft(target, "Changed by another admin", null,
                loaded.roles(), null));

        dialog.displayName.setValue("My change");
        _click(dialog.save);

        assertThat(dialog.error.getText()).isEqualTo("Someone else changed this account at the same moment, so your "
                + "change was not saved and theirs was kept. The list now shows the saved account; make your change "
                + "again if it is still needed.");
        assertThat(admin.get(loaded.id()).displayName()).isEqualTo("Changed by another admin");
    }

    @Test
    void disablingAsksFirstThenShowsInTheStatusColumnAndEnablingUndoesIt() {
        String target = createAccount("toggled", Role.STUDENT);
        AdminUsersView view = openAsAdmin();
        view.search().setValue(target);

        _click(action(view, "disable-" + target));
        Confirmation confirm = _get(Confirmation.class, spec -> spec.withId("confirm-disable"));
        assertThat(confirm.getHeaderTitle()).isEqualTo("Disable " + target + "?");
        cancel(confirm);
        assertThat(cell(view.grid(), 0, "status")).as("nothing happens until the admin confirms").isEqualTo("Active");

        _click(action(view, "disable-" + target));
        confirm(_get(Confirmation.class, spec -> spec.withId("confirm-disable")));
        assertThat(cell(view.grid(), 0, "status")).isEqualTo("Disabled");
        _click(action(view, "enable-" + target));
        assertThat(cell(view.grid(), 0, "status")).isEqualTo("Active");
    }

    @Test
    void resetPasswordAsksFirstThenShowsTheNewPassword() {
        String target = createAccount("forgetful", Role.STUDENT);
        AdminUsersView view = openAsAdmin();
        view.search().setValue(target);

        _click(action(view, "reset-" + target));
        confirm(_get(Confirmation.class));

        assertThat(_get(TemporaryPasswordDialog.class).password.getValue()).isNotBlank();
        assertThat(cell(view.grid(), 0, "status")).contains("must change password");
    }

    @Test
    void deleteSaysWhatHappensToAttemptsAndRemovesTheUser() {
        String target = createAccount("leaving", Role.STUDENT);
        AdminUsersView view = openAsAdmin();
        view.search().setValue(target);

        _click(action(view, "delete-" + target));
        Confirmation confirm = _get(Confirmation.class);
        assertThat(confirm.getText()).contains("no quiz attempts and no card reviews");
        confirm(confirm);

        assertThat(_size(view.grid())).isZero();
    }

    @Test
    void aTeacherWhoOwnsLessonsCannotBeDeleted() {
        AdminUsersView view = openAsAdmin();
        view.search().setValue("teacher");
        view.role().setValue(Role.TEACHER);
        AccountSummary demoTeacher = rows(view).stream().filter(a -> a.username().value().equals("teacher")).findFirst()
                .orElseThrow();

        Confirmation confirm = view.confirmDelete(demoTeacher);

        assertThat(confirm.getText()).contains("cannot be deleted");
        confirm(confirm);
        assertThat(rows(view)).extracting(a -> a.username().value()).contains("teacher");
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "student"})
    void teachersAndStudentsAreDenied(String demo) {
        login(demo);
        for (String route : List.of(AdminRoutes.USERS, AdminRoutes.IMPORT, AdminRoutes.AUDIT, "admin")) {
            open(route);
            assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
    }
}

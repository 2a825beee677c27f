package org.sourcebook.ui.teacher.classes;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.sourcebook.ui.student.StudentHomeView;
import org.sourcebook.ui.teacher.TeacherHomeView;

class ClassViewTest extends KaribuTest {

    /** A new teacher creates a class from the list and lands on its page. */
    private SchoolClass newClass(String name) {
        login(createAccount("classteacher", Role.TEACHER));
        open(ClassRoutes.LIST);
        _setValue(_get(TextField.class, spec -> spec.withId("new-class-name")), name);
        _click(_get(Button.class, spec -> spec.withId("create-class")));
        assertThat(currentView()).isInstanceOf(ClassView.class);
        return context.getBean(ClassService.class).myClasses().get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String row(Grid<?> grid, int index) {
        return String.join(" | ", _getFormattedRow(grid, index));
    }

    @Test
    void aTeacherCreatesAClassFromTheListAndFindsItThereAndOnTheHomePage() {
        SchoolClass created = newClass("Class 10B");

        assertThat(_get(H2.class, spec -> spec.withId("class-name")).getText()).isEqualTo("Class 10B");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle())
                .as("the page title is the class's name, not 'Class Class 10B'").isEqualTo("Class 10B");
        open(ClassRoutes.LIST);
        Grid<?> classes = grid("classes-grid");
        assertThat(row(classes, 0)).contains("0");
        Anchor link = (Anchor) _getCellComponent(classes, 0, "name");
        assertThat(link.getText()).isEqualTo("Class 10B");
        assertThat(link.getHref()).isEqualTo(ClassRoutes.of(created.id()));
        open("teacher");
        assertThat(currentView()).isInstanceOf(TeacherHomeView.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Your classes: 1");

        open(ClassRoutes.LIST);
        _click(_get(Button.class, spec -> spec.withId("create-class")));
        assertThat(_get(TextField.class, spec -> spec.withId("new-class-name")).getErrorMessage())
                .isEqualTo("Give the class a name of at most 200 characters.");
    }

    @Test
    void aTeacherFindsAStudentAddsAndRemovesThemAfterConfirming() {
        String student = createAccount("pupil", Role.STUDENT);
        newClass("Search class");

        _setValue(_get(TextField.class, spec -> spec.withId("student-search")), student);
        _click(_get(Button.class, spec -> spec.withId("student-search-button")));
        Grid<?> found = grid("search-results");
        assertThat(row(found, 0)).contains(student, "Test pupil");
        _click((Button) _getCellComponent(found, 0, "actions"));

        expectNotifications("Added Test pupil to the class.");
        Grid<?> members = grid("members-grid");
        assertThat(_size(members)).isEqualTo(1);
        assertThat(row(members, 0)).contains(student);
        _click((Button) _getCellComponent(members, 0, "actions"));
        confirm(_get(Confirmation.class, spec -> spec.withId("remove-student-dialog")));
        assertThat(_size(grid("members-grid"))).isZero();
    }

    @Test
    void aClassListIsPreviewedWithTheReasonForEachBadRowAndOnlyTheGoodRowsAreEnrolled() {
        String first = createAccount("listed", Role.STUDENT);
        String second = createAccount("listed", Role.STUDENT);
        String colleague = createAccount("colleague", Role.TEACHER);
        newClass("List class");
        String csv = "username,firstname\n" + first + ",A\n" + "nobody-at-all,B\n" + colleague + ",C\n" + first + ",D\n";

        _setValue(_get(TextArea.class, spec -> spec.withId("class-list-csv")), csv);
        _click(_get(Button.class, spec -> spec.withId("check-class-list")));

        Grid<?> preview = grid("class-list-preview");
        assertThat(_size(preview)).isEqualTo(4);
        assertThat(row(preview, 0)).contains("2", first, "OK: Test listed");
        assertThat(row(preview, 1)).contains("3", "No account has this username.");
        assertThat(row(preview, 2)).contains("4", "This account is not a student account.");
        assertThat(row(preview, 3)).contains("5", "The same username is on an earlier row.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-list-summary")).getText())
                .isEqualTo("Rows to enrol: 1. Rows with problems, which will be skipped: 3.");

        _click(_get(Button.class, spec -> spec.withId("enrol-class-list")));
        expectNotifications("Enrolled students: 1.");
        assertThat(_size(grid("members-grid"))).isEqualTo(1);

        _upload(_get(Upload.class), "class.csv", ("Username\n" + first + "\n" + second + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(row(grid("class-list-preview"), 0)).contains("Already in this class.");
        _click(_get(Button.class, spec -> spec.withId("enrol-class-list")));
        assertThat(_size(grid("members-grid"))).isEqualTo(2);

        _setValue(_get(TextArea.class, spec -> spec.withId("class-list-csv")), "name\nx\n");
        _click(_get(Button.class, spec -> spec.withId("check-class-list")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-list-summary")).getText())
                .isEqualTo("This is not a CSV list with a username column (at most 2,000 rows).");
    }

    @Test
    void aTeacherAssignsAPublishedLessonWithDatesChangesThemAndRemovesTheAssignment() {
        newClass("Assigning class");
        LessonService lessons = context.getBean(LessonService.class);
        StoredLesson stored = lessons.add(Lesson.titled("Lesson to assign"));
        lessons.publish(stored.lesson().id(), stored.version());
        lessons.add(Lesson.titled("Draft, not offered"));
        open(ClassRoutes.of(context.getBean(ClassService.class).myClasses().get(0).id()));

        @SuppressWarnings("unchecked")
        ComboBox<StoredLesson> lesson = _get(ComboBox.class, spec -> spec.withId("assign-lesson"));
        List<StoredLesson> offered = lesson.getListDataView().getItems().toList();
        assertThat(offered).extracting(found -> found.lesson().title()).containsExactly("Lesson to assign");
        _setValue(lesson, offered.get(0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("assign-opens")), LocalDateTime.of(2030, 3, 1, 8, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("assign-due")), LocalDateTime.of(2030, 2, 1, 8, 0));
        _click(_get(Button.class, spec -> spec.withId("assign-lesson-button")));
        assertThat(_find(Notification.class)).isNotEmpty();
        expectNotifications("The due date must be after the opening time.");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("assign-due")), LocalDateTime.of(2030, 3, 8, 8, 0));
        _click(_get(Button.class, spec -> spec.withId("assign-lesson-button")));

        expectNotifications("Assigned Lesson to assign.");
        Grid<?> assignments = grid("assignments-grid");
        assertThat(row(assignments, 0)).contains("Lesson to assign", "Mar 1, 2030, 8:00 AM "
                + org.sourcebook.ui.base.TimeZones.name(org.sourcebook.ui.base.TimeZones.current(), java.util.Locale.ENGLISH));
        assertThat(lesson.getListDataView().getItems()).isEmpty();

        _click(_get(_getCellComponent(assignments, 0, "actions"), Button.class, spec -> spec.withText("Change dates")));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("edit-opens")), null);
        _click(_get(Button.class, spec -> spec.withId("save-assignment")));
        expectNotifications("Saved the dates.");
        assertThat(row(grid("assignments-grid"), 0)).contains("At once");

        _click(_get(Button.class, spec -> spec.withId("delete-class")));
        confirm(_get(Confirmation.class, spec -> spec.withId("delete-class-dialog")));
        expectNotifications("This class has assigned lessons. Remove them first, then delete the class.");

        _click(_get(_getCellComponent(grid("assignments-grid"), 0, "actions"), Button.class,
                spec -> spec.withText("Remove")));
        confirm(_get(Confirmation.class, spec -> spec.withId("remove-assignment-dialog")));
        assertThat(_size(grid("assignments-grid"))).isZero();
        _click(_get(Button.class, spec -> spec.withId("delete-class")));
        confirm(_get(Confirmation.class, spec -> spec.withId("delete-class-dialog")));
        assertThat(currentView()).isInstanceOf(ClassListView.class);
        assertThat(context.getBean(ClassService.class).myClasses()).isEmpty();
    }

    @Test
    void studentsAndAdminsAreTurnedAwayAndAnotherTeachersClassIsNotFound() {
        SchoolClass theirs = newClass("Not yours");

        login(createAccount("colleague", Role.TEACHER));
        open(ClassRoutes.of(theirs.id()));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open(ClassRoutes.LIST + "/not-an-id");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        for (Role role : List.of(Role.STUDENT, Role.ADMIN)) {
            newSession();
            login(createAccount("class" + role.name().toLowerCase(), role));
            open(ClassRoutes.LIST);
            assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
            open(ClassRoutes.of(theirs.id()));
            assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    void anEnrolledStudentSeesTheAssignedLessonWithItsDueDateAndOthersDoNot() {
        String pupil = createAccount("enrolled", Role.STUDENT);
        String outsider = createAccount("outsider", Role.STUDENT);
        SchoolClass schoolClass = newClass("Visible class");
        LessonService lessons = context.getBean(LessonService.class);
        StoredLesson stored = lessons.add(Lesson.titled("Assigned with a due date"));
        lessons.publish(stored.lesson().id(), stored.version());
        ClassService classes = context.getBean(ClassService.class);
        classes.enrol(schoolClass.id(), classes.searchStudents(pupil).stream()
                .filter(found -> found.username().equals(pupil)).map(found -> found.id()).toList());
        classes.assign(schoolClass.id(), stored.lesson().id(), null,
                LocalDateTime.of(2031, 5, 20, 12, 0).toInstant(java.time.ZoneOffset.UTC));
        String lessonCard = "lesson-" + stored.lesson().id();

        newSession();
        login(pupil);
        open("student");
        assertThat(currentView()).isInstanceOf(StudentHomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId(lessonCard)).getElement().getTextRecursively())
                .contains("Assigned with a due date", "Due: ", "2031");

        newSession();
        login(outsider);
        open("student");
        assertThat(_find(Div.class, spec -> spec.withId(lessonCard))).isEmpty();
    }
}

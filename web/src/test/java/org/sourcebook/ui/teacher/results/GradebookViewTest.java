package org.sourcebook.ui.teacher.results;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.Assignment;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.results.Gradebook;
import org.sourcebook.ui.student.StudentFixtures;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.sourcebook.ui.teacher.classes.ClassRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo teacher's gradebook of "Class 9A": the demo student and twelve generated students, 11 of whom took the quiz. */
class GradebookViewTest extends KaribuTest {

    @Autowired
    ClassService classes;

    @Autowired
    JdbcTemplate jdbc;

    private SchoolClass class9a;

    @BeforeEach
    void demoTeacher() {
        login("teacher");
        class9a = classes.myClasses().stream().filter(c -> c.name().equals("Class 9A")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StudentRef> grid() {
        return _get(Grid.class, spec -> spec.withId("gradebook-grid"));
    }

    private static List<String> cellTexts(Grid<StudentRef> grid) {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            texts.add(_getCellComponent(grid, row, "lesson-0").getElement().getTextRecursively());
        }
        return texts;
    }

    @Test
    void theClassPageLinksToTheGradebookOfStudentsByAssignedLessons() {
        open(ClassRoutes.of(class9a.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("open-gradebook")).getHref())
                .isEqualTo(GradebookView.path(class9a.id()));

        open(GradebookView.path(class9a.id()));

        Grid<StudentRef> grid = grid();
        List<String> usernames = new ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            usernames.add(_get(grid, row).username());
        }
        assertThat(usernames).contains("student", "demo-student-01", "demo-student-12");
        assertThat(grid.getColumns().get(0).isFrozen()).isTrue();
        assertThat(grid.getColumnByKey("lesson-0")).isNotNull();
        assertThat(cellTexts(grid)).anyMatch(text -> text.matches("\\d+(\\.\\d)?% · attempts: \\d+"));
        assertThat(cellTexts(grid).stream().filter(text -> text.contains("attempts")).count()).isGreaterThanOrEqualTo(11);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("gradebook-legend")).getElement().getTextRecursively())
                .contains("Not started", "In progress", "Submitted", "Overdue");
    }

    @Test
    void aCellListsEveryAttemptOfTheStudentAndOpensThePickedOne() {
        String student = createAccount("picker", Role.STUDENT);
        login(StudentFixtures.enrol(context, student));
        LessonId lesson = StudentFixtures.publishDemoCopy(context, "Three tries", new QuizSettings(0, null, null, null,
                false, false, QuizSettings.DEFAULTS.feedbackTiming(), QuizSettings.DEFAULTS.gradingMethod(), 0.5, null));
        BlockId quiz = StudentFixtures.demoLesson(context).quizzes().get(0).id();
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        attempts.submit(attempts.startOrResume(lesson, quiz).id());
        attempts.submit(attempts.startOrResume(lesson, quiz).id());
        attempts.startOrResume(lesson, quiz);
        newSession();
        login("teacher");
        open(GradebookView.path(class9a.id()));

        Grid<StudentRef> grid = grid();
        int row = rowOf(grid, student);
        String column = "lesson-" + classes.assignments(class9a.id()).stream().map(Assignment::lesson).toList().indexOf(lesson);
        assertThat(_getCellComponent(grid, row, column).getElement().getTextRecursively()).contains("attempts: 3");
        _click((Button) _getCellComponent(grid, row, column));

        Dialog picker = _get(Dialog.class, spec -> spec.withId("attempt-picker"));
        assertThat(picker.getHeaderTitle()).isEqualTo("Attempts of Test picker: Three tries");
        @SuppressWarnings("unchecked")
        Grid<Gradebook.Attempt> listed = _get(picker, Grid.class, spec -> spec.withId("attempt-picker-grid"));
        assertThat(_size(listed)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(listed, 1)).contains("Quiz 1, attempt 2").anyMatch(text -> text.contains("(Student)"));
        assertThat(_getCellComponent(listed, 2, "open")).isNotInstanceOf(Button.class)
                .satisfies(running -> assertThat(running.getElement().getText()).isEqualTo("Still running"));
        assertThat(GridKt._getFormattedRow(listed, 2)).contains("Quiz 1, attempt 3", "In progress", "–");

        _click((Button) _getCellComponent(listed, 1, "open"));

        Dialog detail = _get(Dialog.class, spec -> spec.withId("attempt-dialog"));
        assertThat(detail.getHeaderTitle()).isEqualTo("Test picker, attempt 2");
        assertThat(_find(Dialog.class, spec -> spec.withId("attempt-picker"))).hasSize(1);
    }

    private static int rowOf(Grid<StudentRef> grid, String username) {
        for (int row = 0; row < _size(grid); row++) {
            if (_get(grid, row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not in the gradebook");
    }

    @Test
    void theGradebookExportsAsCsvAndTheExportIsAudited() throws Exception {
        open(GradebookView.path(class9a.id()));
        int before = exports();

        byte[] csv = _get(GradebookView.class).csv();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).values()).startsWith("Student", "Username");
        assertThat(records.get(0).get(2)).endsWith(": grade (%)");
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(1))
                .contains("student", "demo-student-01");
        assertThat(records.subList(1, records.size())).anySatisfy(record -> {
            assertThat(record.get(2)).matches("\\d+\\.\\d");
            assertThat(Integer.parseInt(record.get(3))).isPositive();
            assertThat(record.get(4)).isIn("Submitted", "In progress");
        });
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(_find(Anchor.class, spec -> spec.withId("gradebook-csv"))).hasSize(1);
    }

    @Test
    void theResultsExportIsAuditedToo() {
        open(ResultsView.path(classes.assignments(class9a.id()).get(0).lesson()));
        int before = exports();

        _get(QuizResultsPanel.class).csv();

        assertThat(exports()).isEqualTo(before + 1);
    }

    private int exports() {
        Integer count = jdbc.queryForObject(
                "select count(*) from audit_event where kind = 'EXPORT' and actor_username = 'teacher'", Integer.class);
        return count == null ? 0 : count;
    }

    @Test
    void anotherTeachersClassIsNotFoundAndOthersAreDenied() {
        newSession();
        login(createAccount("gradebookteacher", Role.TEACHER));
        open(GradebookView.path(class9a.id()));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newSession();
        login(createAccount("gradebookpupil", Role.STUDENT));
        open(GradebookView.path(class9a.id()));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);

        newSession();
        login(createAccount("gradebookadmin", Role.ADMIN));
        open(GradebookView.path(class9a.id()));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }
}

package org.sourcebook.ui.teacher.results;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.results.AttemptSelection;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher's results page. The fixture: a quiz of three single-choice questions (right option
 * "b") taken by three students: b b b (3), b a a (1), a a b (1), and the third again b b b (3).
 */
class ResultsViewTest extends KaribuTest {

    @Autowired
    ItemService items;

    @Autowired
    LessonService lessons;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    ClassService classes;

    @Autowired
    StudentDirectory directory;

    private ClassId schoolClass;

    private String teacher;
    private Lesson lesson;
    private List<Question> questions;
    private QuizAttempt firstAttempt;

    @BeforeEach
    void threeStudentsTakeTheQuiz() {
        teacher = createAccount("resultsteacher", Role.TEACHER);
        login(teacher);
        List<Item> fresh = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fresh.add(SampleItems.singleChoice().withCitations(List.of()).withStatus(ItemStatus.ACCEPTED));
        }
        questions = items.add(fresh).stream().map(stored -> (Question) stored.item()).toList();
        org.sourcebook.content.lesson.Quiz quiz = new org.sourcebook.content.lesson.Quiz(BlockId.random(),
                questions.stream().map(Question::id).toList(), QuizSettings.DEFAULTS);
        lesson = Lesson.titled("Results lesson " + System.nanoTime()).withBlocks(List.of(quiz));
        StoredLesson stored = lessons.add(lesson);
        lessons.publish(lesson.id(), stored.version());
        schoolClass = classes.create("Results class").id();
        classes.assign(schoolClass, lesson.id(), null, null);
        take(createAccount("resultsstudent", Role.STUDENT), "b", "b", "b");
        take(createAccount("resultsstudent", Role.STUDENT), "b", "a", "a");
        String third = createAccount("resultsstudent", Role.STUDENT);
        take(third, "a", "a", "b");
        take(third, "b", "b", "b");
        newSession();
        login(teacher);
    }

    /** The student joins the lesson's class (as its teacher) and takes the quiz with these options chosen. */
    private void take(String student, String... options) {
        newSession();
        login(teacher);
        classes.enrol(schoolClass, directory.resolve(List.of(student)).values().stream()
                .map(resolved -> resolved.student().id()).toList());
        newSession();
        login(student);
        BlockId quiz = lesson.blocks().get(0).id();
        QuizAttempt attempt = attempts.startOrResume(lesson.id(), quiz);
        for (int i = 0; i < options.length; i++) {
            attempts.save(attempt.id(), questions.get(i).id(), ChoiceResponse.of(options[i]), i + 1);
        }
        attempts.submit(attempt.id());
        if (firstAttempt == null) {
            firstAttempt = attempt;
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void firstAttemptsAreListedAndAnalysedWithFlagsAndAChart() {
        open(ResultsView.path(lesson.id()));

        assertThat(currentView()).isInstanceOf(ResultsView.class);
        Grid<Object> attemptsGrid = grid("attempts-1");
        assertThat(_size(attemptsGrid)).isEqualTo(3);
        List<String> scores = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            scores.add(_getFormatted(attemptsGrid, row, "score"));
            assertThat(_getFormatted(attemptsGrid, row, "student")).isEqualTo("Test resultsstudent");
            assertThat(_getFormatted(attemptsGrid, row, "finishedBy")).isEqualTo("Student");
        }
        assertThat(scores).containsExactlyInAnyOrder("3 / 3 (100%)", "1 / 3 (33.3%)", "1 / 3 (33.3%)");
        Grid<Object> itemsGrid = grid("items-1");
        assertThat(_size(itemsGrid)).isEqualTo(3);
        // q1 right in 2 of 3 first attempts, q2 in 1 of 3, q3 in 2 of 3.
        assertThat(_getFormatted(itemsGrid, 0, "facility")).isEqualTo("66.7%");
        assertThat(_getFormatted(itemsGrid, 1, "facility")).isEqualTo("33.3%");
        assertThat(_getFormatted(itemsGrid, 0, "question")).isEqualTo(questions.get(0).prompt());
        assertThat(_find(Div.class, spec -> spec.withClasses("results-chart-row"))).hasSize(3)
                .allSatisfy(row -> assertThat(row.getElement().getAttribute("aria-label")).startsWith("Question "));
        assertThat(_find(Div.class, spec -> spec.withClasses("results-chart-row")).get(0).getElement()
                .getAttribute("aria-label")).isEqualTo("Question 1: facility 66.7%, discrimination "
                        + _getFormatted(itemsGrid, 0, "discrimination"));
    }

    @Test
    void flagsAreShownWithTranslatedLabels() {
        newSession();
        String fourth = createAccount("resultsstudent", Role.STUDENT);
        take(fourth, "b", "b", "a");
        newSession();
        login(teacher);
        open(ResultsView.path(lesson.id()));

        // q1 now right in 3 of 4 first attempts; q2 in 2 of 4: neither too easy nor too hard.
        Grid<Object> itemsGrid = grid("items-1");
        List<String> flags = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            _find(_getCellComponent(itemsGrid, row, "flags"), Span.class).forEach(badge -> flags.add(badge.getText()));
        }
        assertThat(flags).doesNotContain("Too easy", "Too hard");
        assertThat(flags).allSatisfy(flag -> assertThat(flag).isIn("Weak discrimination", "Negative discrimination"));
    }

    @Test
    void allAttemptsIncludeRetakes() {
        open(ResultsView.path(lesson.id()));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttemptSelection> selection = _get(RadioButtonGroup.class, spec -> spec.withId("attempt-selection"));
        selection.setValue(AttemptSelection.ALL);

        assertThat(_size(grid("attempts-1"))).isEqualTo(4);
        assertThat(_getFormatted(grid("items-1"), 0, "facility")).isEqualTo("75.0%");
    }

    @Test
    void anAttemptOpensWithEachAnswerAndItsGrade() {
        open(ResultsView.path(lesson.id()));
        Grid<Object> attemptsGrid = grid("attempts-1");
        int row = 0;
        while (!_getFormatted(attemptsGrid, row, "score").startsWith("3 / 3")) {
            row++;
        }

        _click(_get(_getCellComponent(attemptsGrid, row, "open"), Button.class));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("attempt-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Test resultsstudent, attempt 1");
        assertThat(_find(dialog, Div.class, spec -> spec.withClasses("attempt-question"))).hasSize(3)
                .allSatisfy(question -> assertThat(question.getElement().getTextRecursively())
                        .contains("Khojaly your answer correct answer").doesNotContain("B)")
                        .contains("Correct").contains("Mark: 1 of 1"));
        Div first = _find(dialog, Div.class, spec -> spec.withClasses("attempt-question")).get(0);
        List<String> shown = firstAttempt.displayOrder(questions.get(0).id(),
                ((org.sourcebook.content.item.ChoiceQuestion) questions.get(0)).options(), false).stream()
                .map(option -> option.text()).toList();
        assertThat(_find(first, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively().replace(" your answer correct answer", "")).toList())
                .as("the options in the order the student saw them").containsExactlyElementsOf(shown);
    }

    @Test
    void theAttemptsTableExportsAsCsv() throws Exception {
        open(ResultsView.path(lesson.id()));

        byte[] csv = _get(QuizResultsPanel.class).csv();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).values()).containsExactly("Student", "Attempt", "Marks", "Maximum marks", "Score",
                "Finished by", "Submitted at");
        assertThat(records.subList(1, 4)).extracting(record -> record.get(2)).containsExactlyInAnyOrder("3", "1", "1");
        assertThat(records.get(1).get(0)).isEqualTo("Test resultsstudent");
    }

    @Test
    void aRegradeShowsWhatWouldChangeThenAppliesIt() {
        StoredItem stored = items.findElseThrow(questions.get(0).id());
        SingleChoice question = (SingleChoice) stored.item();
        items.update(new SingleChoice(question.info(), question.options().stream()
                .map(option -> new ChoiceOption(option.id(), option.text(), option.id().value().equals("a"), option.feedback()))
                .toList()), stored.version());
        open(ResultsView.path(lesson.id()));

        _click(_get(Button.class, spec -> spec.withId("regrade-1")));

        Grid<Object> changes = grid("regrade-changes");
        assertThat(_size(changes)).isEqualTo(4);
        List<String> marks = new ArrayList<>();
        for (int row = 0; row < 4; row++) {
            marks.add(_getFormatted(changes, row, "marks"));
        }
        assertThat(marks).containsExactlyInAnyOrder("3 → 2 of 3", "1 → 0 of 3", "1 → 2 of 3", "3 → 2 of 3");

        _click(_get(Button.class, spec -> spec.withId("regrade-apply")));

        expectNotifications("Regraded 4 attempts.");
        Grid<Object> attemptsGrid = grid("attempts-1");
        List<String> scores = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            scores.add(_getFormatted(attemptsGrid, row, "score"));
        }
        assertThat(scores).containsExactlyInAnyOrder("2 / 3 (66.7%)", "0 / 3 (0%)", "2 / 3 (66.7%)");
        _click(_get(Button.class, spec -> spec.withId("regrade-1")));
        assertThat(_find(Grid.class, spec -> spec.withId("regrade-changes"))).isEmpty();
    }

    @Test
    void theLessonListLeadsToTheResults() {
        open("teacher/lessons");

        // The teacher's only lesson, so the first row.
        Button results = _get(_getCellComponent(_get(Grid.class), 0, "actions"), Button.class,
                spec -> spec.withText("Results"));
        assertThat(results.getElement().getAttribute("aria-label")).isEqualTo("Results of " + lesson.title());
        _click(results);

        assertThat(currentView()).isInstanceOf(ResultsView.class);
    }

    @Test
    void anotherTeacherFindsNothingAndAStudentIsDenied() {
        newSession();
        login(createAccount("colleague", Role.TEACHER));
        open(ResultsView.path(lesson.id()));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open(ResultsView.path(lesson.id()));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);

        newSession();
        login(createAccount("admin", Role.ADMIN));
        open(ResultsView.path(lesson.id()));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }
}

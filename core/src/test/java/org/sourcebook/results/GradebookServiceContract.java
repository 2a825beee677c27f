package org.sourcebook.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.Assignment;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.NoSuchClassException;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A class's gradebook as it must behave on every supported database. The fixture: a quiz of two
 * single-choice questions (the right option is "b"); student "twice" scores 1/2 and then 2/2,
 * "running" has an attempt open, "idle" has done nothing.
 */
@SpringBootTest
abstract class GradebookServiceContract {

    @Autowired
    GradebookService gradebooks;

    @Autowired
    QuizAttemptService quizAttempts;

    @Autowired
    ClassService classes;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    TestTeachers people;

    @Autowired
    MutableClock clock;

    private Published lesson;
    private SignedIn twice;
    private SignedIn running;
    private SignedIn idle;
    private List<QuizAttempt> twiceAttempts;

    private void setUp(GradingMethod method) {
        QuizSettings defaults = QuizSettings.DEFAULTS;
        QuizSettings settings = new QuizSettings(0, null, null, null, false, false, defaults.feedbackTiming(), method,
                defaults.passMark(), defaults.layout());
        lesson = lessons.publish(List.of(), List.of(SampleItems.singleChoice(), SampleItems.singleChoice()), settings);
        twice = lesson.enrol(people.newStudent());
        running = lesson.enrol(people.newStudent());
        idle = lesson.enrol(people.newStudent());
        twiceAttempts = List.of(take(twice, "b", "a"), take(twice, "b", "b"));
        running.run(() -> quizAttempts.startOrResume(lesson.id(), lesson.quiz()));
    }

    private QuizAttempt take(SignedIn student, String... options) {
        return lesson.take(student, options);
    }

    private Gradebook gradebook() {
        return lesson.teacher().get(() -> gradebooks.gradebook(lesson.schoolClass()));
    }

    private static Gradebook.Cell cellOf(Gradebook book, SignedIn student) {
        StudentRef row = book.students().stream().filter(s -> s.username().equals(student.username())).findFirst()
                .orElseThrow();
        return book.cell(row.id(), book.lessons().get(0).lesson());
    }

    @ParameterizedTest
    @CsvSource({"HIGHEST, 1.0", "AVERAGE, 0.75", "FIRST, 0.5", "LAST, 1.0"})
    void theLessonGradeFollowsTheQuizsGradingMethod(GradingMethod method, double expected) {
        setUp(method);

        Gradebook.Cell cell = cellOf(gradebook(), twice);

        assertThat(cell.grade()).isCloseTo(expected, within(1e-9));
        assertThat(cell.attempts()).isEqualTo(2);
        assertThat(cell.state()).isEqualTo(GradebookState.SUBMITTED);
        assertThat(cell.made()).extracting(attempt -> attempt.summary().id())
                .containsExactly(twiceAttempts.get(0).id(), twiceAttempts.get(1).id());
        assertThat(cell.made()).allSatisfy(attempt -> {
            assertThat(attempt.quiz()).isEqualTo(1);
            assertThat(attempt.summary().isSubmitted()).isTrue();
        });
    }

    @Test
    void rowsAreTheMembersAndColumnsTheAssignedLessonsWithTheirStates() {
        setUp(GradingMethod.HIGHEST);

        Gradebook book = gradebook();

        assertThat(book.students()).extracting(StudentRef::username)
                .containsExactlyInAnyOrder(twice.username(), running.username(), idle.username());
        assertThat(book.lessons()).singleElement().satisfies(column -> {
            assertThat(column.lesson()).isEqualTo(lesson.id());
            assertThat(column.title()).isEqualTo(lesson.lesson().title());
            assertThat(column.dueAt()).isNull();
        });
        Gradebook.Cell runningCell = cellOf(book, running);
        assertThat(runningCell.state()).isEqualTo(GradebookState.IN_PROGRESS);
        assertThat(runningCell.grade()).isNull();
        assertThat(runningCell.attempts()).isEqualTo(1);
        assertThat(runningCell.made()).singleElement()
                .satisfies(attempt -> assertThat(attempt.summary().isSubmitted()).isFalse());
        Gradebook.Cell idleCell = cellOf(book, idle);
        assertThat(idleCell.state()).isEqualTo(GradebookState.NOT_STARTED);
        assertThat(idleCell.grade()).isNull();
        assertThat(idleCell.attempts()).isZero();
    }

    @Test
    void afterTheDueDateWhoSubmittedNothingIsOverdue() {
        setUp(GradingMethod.HIGHEST);
        lesson.teacher().run(() -> {
            Assignment assignment = classes.assignments(lesson.schoolClass()).get(0);
            classes.changeAssignment(assignment.id(), null, clock.instant().plus(Duration.ofHours(1)));
        });
        assertThat(cellOf(gradebook(), idle).state()).isEqualTo(GradebookState.NOT_STARTED);

        clock.advance(Duration.ofHours(2));

        Gradebook book = gradebook();
        assertThat(book.lessons().get(0).dueAt()).isNotNull();
        assertThat(cellOf(book, idle).state()).isEqualTo(GradebookState.OVERDUE);
        assertThat(cellOf(book, twice).state()).isEqualTo(GradebookState.SUBMITTED);
        assertThat(cellOf(book, running).state()).isEqualTo(GradebookState.IN_PROGRESS);
    }

    @Test
    void anotherTeachersClassIsNotFound() {
        setUp(GradingMethod.HIGHEST);

        assertThatThrownBy(() -> people.newTeacher().run(() -> gradebooks.gradebook(lesson.schoolClass())))
                .isInstanceOf(NoSuchClassException.class);
    }

    @Test
    void studentsAndAdminsMayNotReadGradebooks() {
        setUp(GradingMethod.HIGHEST);

        assertThatThrownBy(() -> twice.run(() -> gradebooks.gradebook(lesson.schoolClass())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as("some-admin", Role.ADMIN).run(() -> gradebooks.gradebook(lesson.schoolClass())))
                .isInstanceOf(AccessDeniedException.class);
    }
}

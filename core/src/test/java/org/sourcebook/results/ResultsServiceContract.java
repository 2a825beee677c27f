package org.sourcebook.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.analysis.ItemStatistics;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A teacher's results as they must behave on every supported database. The fixture: a quiz of
 * three single-choice questions (the right option is "b" in each) and three students:
 * <pre>
 *   student  attempt  answers   marks
 *   one      1        b b b     3
 *   two      1        b a a     1
 *   three    1        a a b     1
 *   three    2        b b b     3
 * </pre>
 */
@SpringBootTest
abstract class ResultsServiceContract {

    @Autowired
    ResultsService results;

    @Autowired
    QuizAttemptService quizAttempts;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    TestTeachers people;

    @Autowired
    ItemService items;

    private Published lesson;
    private SignedIn teacher;
    private QuizAttempt one;
    private QuizAttempt two;
    private QuizAttempt threeFirst;
    private QuizAttempt threeSecond;

    @BeforeEach
    void threeStudentsTakeTheQuiz() {
        lesson = lessons.publish(List.of(),
                List.of(SampleItems.singleChoice(), SampleItems.singleChoice(), SampleItems.singleChoice()),
                QuizSettings.DEFAULTS);
        teacher = lesson.teacher();
        one = take(lesson.enrol(people.newStudent()), "b", "b", "b");
        two = take(lesson.enrol(people.newStudent()), "b", "a", "a");
        SignedIn three = lesson.enrol(people.newStudent());
        threeFirst = take(three, "a", "a", "b");
        threeSecond = take(three, "b", "b", "b");
    }

    private QuizAttempt take(SignedIn student, String... options) {
        return lesson.take(student, options);
    }

    @Test
    void firstAttemptsAreListedWithTheirScoresAndAnalysed() {
        LessonResults actual = teacher.get(() -> results.results(lesson.id(), AttemptSelection.FIRST));

        assertThat(actual.title()).isEqualTo(lesson.lesson().title());
        assertThat(actual.quizzes()).hasSize(1);
        QuizResults quiz = actual.quizzes().get(0);
        assertThat(quiz.attempts()).extracting(AttemptLine::id).containsExactlyInAnyOrder(one.id(), two.id(), threeFirst.id());
        assertThat(quiz.attempts()).extracting(AttemptLine::marks).containsExactlyInAnyOrder(3.0, 1.0, 1.0);
        assertThat(quiz.attempts()).allSatisfy(line -> {
            assertThat(line.student()).isEqualTo("Student");
            assertThat(line.maxMarks()).isEqualTo(3);
            assertThat(line.number()).isEqualTo(1);
        });
        assertThat(quiz.questions()).extracting(QuestionColumn::id)
                .containsExactlyElementsOf(lesson.questions().stream().map(Question::id).toList());
        assertThat(quiz.notAnalysed()).isZero();
        // Right answers per question over the three first attempts: q1 2 of 3, q2 1 of 3, q3 2 of 3.
        assertThat(quiz.analysis().items()).extracting(item -> item.facility().getAsDouble())
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(200.0 / 3, 100.0 / 3, 200.0 / 3);
        assertThat(quiz.analysis().test().attempts()).isEqualTo(3);
        assertThat(quiz.analysis().test().mean().getAsDouble()).isCloseTo(500.0 / 9, within(1e-9));
    }

    @Test
    void allAttemptsCountEveryStudentsRetakes() {
        QuizResults quiz = teacher.get(() -> results.results(lesson.id(), AttemptSelection.ALL)).quizzes().get(0);

        assertThat(quiz.attempts()).hasSize(4);
        assertThat(quiz.attempts()).filteredOn(line -> line.id().equals(threeSecond.id()))
                .singleElement().satisfies(line -> assertThat(line.number()).isEqualTo(2));
        // q1 right in 3 of 4 attempts.
        ItemStatistics first = quiz.analysis().items().get(0);
        assertThat(first.facility().getAsDouble()).isCloseTo(75, within(1e-9));
    }

    @Test
    void anAttemptShowsEachQuestionWithTheAnswerAndGrade() {
        AttemptDetail detail = teacher.get(() -> results.attempt(two.id()));

        assertThat(detail.line().marks()).isEqualTo(1.0);
        assertThat(detail.questions()).hasSize(3);
        assertThat(detail.questions()).extracting(AttemptDetail.AnsweredQuestion::response)
                .containsExactly(ChoiceResponse.of("b"), ChoiceResponse.of("a"), ChoiceResponse.of("a"));
        assertThat(detail.questions()).extracting(answered -> answered.grade().score()).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void anotherTeacherFindsNeitherTheLessonNorItsAttempts() {
        SignedIn other = people.newTeacher();

        assertThatThrownBy(() -> other.run(() -> results.results(lesson.id(), AttemptSelection.FIRST)))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> results.attempt(one.id()))).isInstanceOf(NoSuchAttemptException.class);
        assertThatThrownBy(() -> other.run(() -> results.regradeDryRun(lesson.id(), lesson.quiz())))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> results.regrade(lesson.id(), lesson.quiz())))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> teacher.run(() -> results.attempt(AttemptId.random())))
                .isInstanceOf(NoSuchAttemptException.class);
    }

    @Test
    void studentsMayNotSeeResults() {
        SignedIn student = people.newStudent();

        assertThatThrownBy(() -> student.run(() -> results.results(lesson.id(), AttemptSelection.FIRST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> results.attempt(one.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> results.regrade(lesson.id(), lesson.quiz())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingChangesWhileTheQuestionsAreAsTaken() {
        assertThat(teacher.get(() -> results.regradeDryRun(lesson.id(), lesson.quiz()))).isEmpty();
        assertThat(teacher.get(() -> results.regrade(lesson.id(), lesson.quiz()))).isEmpty();
    }

    @Test
    void aRegradeChangesExactlyTheScoresItsDryRunListed() {
        ItemId fixed = lesson.questions().get(0).id();
        makeOptionARight(fixed);

        List<RegradeChange> dryRun = teacher.get(() -> results.regradeDryRun(lesson.id(), lesson.quiz()));

        // q1 now right with "a": every attempt changes by one mark, up for "a", down for "b".
        assertThat(dryRun).extracting(change -> change.attempt().id(), RegradeChange::marksBefore, RegradeChange::marksAfter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(one.id(), 3.0, 2.0),
                        org.assertj.core.groups.Tuple.tuple(two.id(), 1.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple(threeFirst.id(), 1.0, 2.0),
                        org.assertj.core.groups.Tuple.tuple(threeSecond.id(), 3.0, 2.0));
        assertThat(teacher.get(() -> results.results(lesson.id(), AttemptSelection.ALL)).quizzes().get(0).attempts())
                .extracting(AttemptLine::marks).containsExactlyInAnyOrder(3.0, 1.0, 1.0, 3.0);

        List<RegradeChange> applied = teacher.get(() -> results.regrade(lesson.id(), lesson.quiz()));

        assertThat(applied).isEqualTo(dryRun);
        QuizResults after = teacher.get(() -> results.results(lesson.id(), AttemptSelection.ALL)).quizzes().get(0);
        for (RegradeChange change : dryRun) {
            assertThat(after.attempts()).filteredOn(line -> line.id().equals(change.attempt().id())).singleElement()
                    .satisfies(line -> assertThat(line.marks()).isEqualTo(change.marksAfter()));
        }
        assertThat(teacher.get(() -> results.regradeDryRun(lesson.id(), lesson.quiz()))).isEmpty();
        AttemptDetail regraded = teacher.get(() -> results.attempt(threeFirst.id()));
        assertThat(regraded.questions().get(0).grade().score()).isEqualTo(1.0);
        assertThat(regraded.questions().get(0).question()).isEqualTo(teacher.get(() -> items.findElseThrow(fixed)).item());
    }

    private void makeOptionARight(ItemId id) {
        teacher.run(() -> {
            StoredItem stored = items.findElseThrow(id);
            SingleChoice question = (SingleChoice) stored.item();
            List<ChoiceOption> options = question.options().stream()
                    .map(option -> new ChoiceOption(option.id(), option.text(), option.id().value().equals("a"),
                            option.feedback()))
                    .toList();
            items.update(new SingleChoice(question.info(), options), stored.version());
        });
    }
}

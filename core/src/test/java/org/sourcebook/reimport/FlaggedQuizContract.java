package org.sourcebook.reimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.AttemptRefusedException;
import org.sourcebook.attempt.AttemptWithoutQuestionsException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.attempt.QuizStatus;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What students get of a published quiz once a re-import has flagged its questions: the questions
 * as they were accepted (the default), or nothing new until the teacher has reviewed them (when
 * the teacher holds the quiz); never an attempt without questions.
 */
abstract class FlaggedQuizContract extends ReimportFixture {

    @Autowired
    LessonService lessons;

    @Autowired
    ClassService classes;

    @Autowired
    PublishedLessons fixtures;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    Item wounded;
    Item captive;
    SignedIn student;

    @BeforeEach
    void addTwoQuestionsOnTheSentenceThatWillChange() {
        wounded = add(numeric(620, SENTENCES.get(1)));
        captive = add(numeric(1275, SENTENCES.get(1)));
        student = people.newStudent();
    }

    @Test
    void aQuizWhoseQuestionsAreAllFlaggedKeepsServingThemAsTheyWereAccepted() {
        LessonId lesson = publish(QuizSettings.DEFAULTS);
        reimport(V2);

        QuizStatus status = student.get(() -> attempts.status(lesson, quiz(lesson)));
        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson, quiz(lesson)));
        QuizAttempt resumed = student.get(() -> attempts.startOrResume(lesson, quiz(lesson)));

        assertThat(status.questionCount()).isEqualTo(2);
        assertThat(status.whyNotStart()).isNull();
        assertThat(attempt.questions()).extracting(Item::id).containsExactly(wounded.id(), captive.id());
        assertThat(attempt.questions()).extracting(Item::canonicalAnswer).containsExactly("620 people", "1275 people");
        assertThat(resumed.id()).isEqualTo(attempt.id());
        assertThat(teacher.get(() -> lessons.itemsInReview())).containsEntry(lesson, 2);
    }

    @Test
    void aHeldQuizStartsNoAttemptUntilEveryFlaggedQuestionIsReviewed() {
        LessonId lesson = publish(QuizSettings.DEFAULTS.withFlaggedQuestions(FlaggedQuestions.HOLD_QUIZ));
        reimport(V2);

        QuizStatus held = student.get(() -> attempts.status(lesson, quiz(lesson)));
        assertThat(held.whyNotStart()).isNotNull().extracting(problem -> problem.code()).isEqualTo("quiz-held-for-review");
        assertThatThrownBy(() -> student.run(() -> attempts.startOrResume(lesson, quiz(lesson))))
                .isInstanceOf(AttemptRefusedException.class);
        assertThat(student.get(() -> attempts.status(lesson, quiz(lesson))).attempts()).isEmpty();

        teacher.run(() -> reviews.recite(wounded.id(), items.findElseThrow(wounded.id()).version(), true));
        assertThat(student.get(() -> attempts.status(lesson, quiz(lesson))).whyNotStart()).isNotNull();
        teacher.run(() -> reviews.keepAsItIs(captive.id(), items.findElseThrow(captive.id()).version()));

        QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson, quiz(lesson)));
        assertThat(attempt.questions()).extracting(Item::canonicalAnswer).containsExactly("780 people", "1275 people");
        assertThat(teacher.get(() -> lessons.itemsInReview())).doesNotContainKey(lesson);
    }

    @Test
    void aQuizWhoseQuestionsWereAllRejectedCountsNoneAndStartsNoAttempt() {
        LessonId lesson = publish(QuizSettings.DEFAULTS);
        reimport(V2);
        for (Item item : List.of(wounded, captive)) {
            teacher.run(() -> items.reject(item.id(), items.findElseThrow(item.id()).version()));
        }

        QuizStatus status = student.get(() -> attempts.status(lesson, quiz(lesson)));

        assertThat(status.questionCount()).isZero();
        assertThat(status.whyNotStart()).isNotNull().extracting(problem -> problem.code()).isEqualTo("quiz-no-questions");
        assertThatThrownBy(() -> student.run(() -> attempts.startOrResume(lesson, quiz(lesson))))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.problem().code()).isEqualTo("quiz-no-questions"));
    }

    @Test
    void anEmptyAttemptLeftBehindIsSetAsideSoTheStudentCanStartAgain() {
        LessonId lesson = publish(QuizSettings.DEFAULTS);
        AttemptId empty = emptyAttempt(lesson);

        assertThatThrownBy(() -> student.get(() -> attempts.find(empty)))
                .isInstanceOfSatisfying(AttemptWithoutQuestionsException.class,
                        setAside -> assertThat(setAside.lesson()).isEqualTo(lesson));
        AttemptId another = emptyAttempt(lesson);
        QuizStatus status = student.get(() -> attempts.status(lesson, quiz(lesson)));
        QuizAttempt started = student.get(() -> attempts.startOrResume(lesson, quiz(lesson)));

        assertThat(status.runningAttempt()).isEmpty();
        assertThat(status.attempts()).isEmpty();
        assertThat(started.id()).isNotIn(empty, another);
        assertThat(started.questions()).hasSize(2);
        assertThat(started.number()).isEqualTo(1);
    }

    /** Publishes a lesson with a quiz of the two questions under {@code settings}, assigned to a class the student is in. */
    LessonId publish(QuizSettings settings) {
        Quiz quiz = new Quiz(BlockId.random(), List.of(wounded.id(), captive.id()), settings);
        Lesson lesson = Lesson.titled("Khojaly quiz").withBlocks(List.of(quiz));
        ClassId schoolClass = teacher.get(() -> {
            StoredLesson stored = lessons.add(lesson);
            lessons.publish(lesson.id(), stored.version());
            ClassId created = classes.create("Class " + UUID.randomUUID()).id();
            classes.assign(created, lesson.id(), null, null);
            return created;
        });
        fixtures.enrol(teacher, schoolClass, student);
        return lesson.id();
    }

    BlockId quiz(LessonId lesson) {
        return teacher.get(() -> lessons.findElseThrow(lesson)).lesson().blocks().get(0).id();
    }

    /** A running attempt without questions, as the quiz page made them before such starts were refused. */
    AttemptId emptyAttempt(LessonId lesson) {
        AttemptId id = AttemptId.random();
        long studentId = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                student.username());
        Integer number = jdbc.queryForObject("select count(*) from quiz_attempt where student_id = ?", Integer.class,
                studentId);
        jdbc.update("insert into quiz_attempt (id, student_id, lesson_id, quiz_block_id, attempt_number, question_ids,"
                + " questions, settings, shuffle_seed, started_at, last_sequence, max_marks)"
                + " values (?, ?, ?, ?, ?, '', '[]', '{}', 0, ?, 0, 0)", id.value(), studentId, lesson.value(),
                quiz(lesson).value(), number + 1, Timestamp.from(Instant.now()));
        return id;
    }
}

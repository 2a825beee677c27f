package org.sourcebook.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.ReimportedLesson;
import org.sourcebook.ui.student.lessons.LessonPlayerView;
import org.sourcebook.ui.student.quiz.QuizAttemptView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student at a published quiz whose questions a re-import flagged: by default they get the
 * questions as they were accepted, start and resume as usual; a held quiz says why and starts
 * nothing; a quiz left without questions says so; an empty attempt from before never crashes.
 */
class FlaggedQuizViewsTest extends KaribuTest {

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuizWhoseQuestionsWereAllFlaggedIsStartedAndResumedWithTheQuestionsAsAccepted() {
        String student = createAccount("learner", Role.STUDENT);
        ReimportedLesson lesson = reimported(student, QuizSettings.DEFAULTS);
        login(student);
        open(StudentRoutes.lesson(lesson.lesson()));

        assertThat(panelText(lesson)).contains("Questions: 2");
        _click(_get(Button.class, spec -> spec.withText("Start attempt")));

        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(progress()).isEqualTo("0 of 2 answered");
        assertThat(currentView().getElement().getTextRecursively()).contains(lesson.wounded().prompt());

        open(StudentRoutes.lesson(lesson.lesson()));
        _click(_get(Button.class, spec -> spec.withText("Resume attempt")));

        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withId("attempt-set-aside"))).isEmpty();
        assertThat(progress()).isEqualTo("0 of 2 answered");
    }

    @Test
    void aQuizHeldForReviewSaysWhyAndOffersNoStart() {
        String student = createAccount("learner", Role.STUDENT);
        ReimportedLesson lesson = reimported(student, QuizSettings.DEFAULTS.withFlaggedQuestions(FlaggedQuestions.HOLD_QUIZ));
        login(student);

        open(StudentRoutes.lesson(lesson.lesson()));

        assertThat(panelText(lesson)).contains("Questions: 2", "Your teacher is checking this quiz's questions because "
                + "its source changed. You can start it once they are done.");
        assertThat(startButton(lesson).isEnabled()).isFalse();
        assertThat(attempts.status(lesson.lesson(), lesson.quiz()).attempts()).isEmpty();
    }

    @Test
    void aQuizWhoseQuestionsWereAllRejectedCountsNoneAndOffersNoStart() {
        String student = createAccount("learner", Role.STUDENT);
        ReimportedLesson lesson = reimported(student, QuizSettings.DEFAULTS);
        lesson.reject(lesson.wounded());
        lesson.reject(lesson.captive());
        login(student);

        open(StudentRoutes.lesson(lesson.lesson()));

        assertThat(panelText(lesson)).contains("Questions: 0", "This quiz has no questions to answer at the moment.")
                .doesNotContain("Questions: 2");
        assertThat(startButton(lesson).isEnabled()).isFalse();
    }

    @Test
    void anEmptyAttemptLeftBehindSaysSoInsteadOfCrashingAndTheLessonStartsAFreshOne() {
        String student = createAccount("learner", Role.STUDENT);
        ReimportedLesson lesson = reimported(student, QuizSettings.DEFAULTS);
        login(student);
        AttemptId empty = emptyAttempt(student, lesson);

        open(StudentRoutes.attempt(empty));

        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("attempt-set-aside")).getText())
                .isEqualTo("This attempt had no questions, so it has been set aside: nothing was lost. Go back to the "
                        + "lesson to see whether the quiz can be taken now.");
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-lesson")).getHref())
                .isEqualTo(StudentRoutes.lesson(lesson.lesson()));

        emptyAttempt(student, lesson);
        open(StudentRoutes.lesson(lesson.lesson()));
        assertThat(currentView()).isInstanceOf(LessonPlayerView.class);
        assertThat(panelText(lesson)).doesNotContain("in progress");
        _click(_get(Button.class, spec -> spec.withText("Start attempt")));
        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(progress()).isEqualTo("0 of 2 answered");
    }

    /** A lesson of a new teacher, assigned to {@code student}, whose document was re-imported, flagging every item. */
    private ReimportedLesson reimported(String student, QuizSettings settings) {
        return ReimportedLesson.reimported(context, createAccount("teacher", Role.TEACHER), student, settings);
    }

    /** A running attempt without questions, as the quiz page started them before such starts were refused. */
    private AttemptId emptyAttempt(String student, ReimportedLesson lesson) {
        AttemptId id = AttemptId.random();
        long studentId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, student);
        Integer attemptsSoFar = jdbc.queryForObject("select count(*) from quiz_attempt where student_id = ?",
                Integer.class, studentId);
        jdbc.update("insert into quiz_attempt (id, student_id, lesson_id, quiz_block_id, attempt_number, question_ids,"
                + " questions, settings, shuffle_seed, started_at, last_sequence, max_marks)"
                + " values (?, ?, ?, ?, ?, '', '[]', '{}', 0, ?, 0, 0)", id.value(), studentId, lesson.lesson().value(),
                lesson.quiz().value(), attemptsSoFar + 1, Timestamp.from(Instant.now()));
        return id;
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withId("quiz-progress")).getText();
    }

    private static String panelText(ReimportedLesson lesson) {
        return _get(Div.class, spec -> spec.withId("quiz-" + lesson.quiz())).getElement().getTextRecursively();
    }

    private static Button startButton(ReimportedLesson lesson) {
        return _get(_get(Div.class, spec -> spec.withId("quiz-" + lesson.quiz())), Button.class,
                spec -> spec.withClasses("quiz-start"));
    }
}

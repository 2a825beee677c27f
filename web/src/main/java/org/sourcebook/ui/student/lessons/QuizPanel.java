package org.sourcebook.ui.student.lessons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sourcebook.attempt.AttemptRefusedException;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.attempt.QuizStatus;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.ui.student.StudentFormats;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * A quiz in the lesson player: its settings, the student's attempts and the grade that counts,
 * and the button that starts a new attempt or resumes the running one (or says why it cannot).
 */
class QuizPanel extends Div {

    private final QuizAttemptService attempts;
    private final LessonId lesson;
    private final Quiz quiz;

    QuizPanel(LessonId lesson, Quiz quiz, QuizAttemptService attempts) {
        this.attempts = attempts;
        this.lesson = lesson;
        this.quiz = quiz;
        addClassName("quiz-panel");
        setId("quiz-" + quiz.id());
        show(attempts.status(lesson, quiz.id()));
    }

    private void show(QuizStatus status) {
        removeAll();
        QuizSettings settings = status.settings();
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(getTranslation("student.quiz.questions", status.questionCount())));
        facts.add(new ListItem(settings.isUnlimited()
                ? getTranslation("student.quiz.attempts-unlimited", status.attempts().size())
                : getTranslation("student.quiz.attempts", status.attempts().size(), settings.attemptsAllowed())));
        facts.add(new ListItem(settings.timeLimit() == null ? getTranslation("student.quiz.no-time-limit")
                : getTranslation("student.quiz.time-limit", StudentFormats.duration(this, settings.timeLimit()))));
        if (settings.opensAt() != null) {
            facts.add(new ListItem(getTranslation("student.quiz.opens", StudentFormats.dateTime(this, settings.opensAt()))));
        }
        if (settings.closesAt() != null) {
            facts.add(new ListItem(getTranslation("student.quiz.closes", StudentFormats.dateTime(this, settings.closesAt()))));
        }
        String method = getTranslation("lessons.grading." + settings.gradingMethod().name());
        facts.add(new ListItem(status.grade().isPresent()
                ? getTranslation("student.quiz.grade", StudentFormats.percent(this, status.grade().getAsDouble()), method)
                : getTranslation("student.quiz.no-grade", method)));
        add(facts);
        if (!status.attempts().isEmpty()) {
            UnorderedList past = new UnorderedList();
            past.addClassName("quiz-attempts");
            status.attempts().forEach(attempt -> past.add(attemptRow(attempt)));
            add(past);
        }
        add(startButton(status));
    }

    private ListItem attemptRow(AttemptSummary attempt) {
        String when = StudentFormats.dateTime(this, attempt.startedAt());
        if (!attempt.isSubmitted() || attempt.score() == null) {
            return new ListItem(getTranslation("student.quiz.attempt-running", attempt.number(), when));
        }
        ListItem row = new ListItem(getTranslation("student.quiz.attempt", attempt.number(), when,
                StudentFormats.percent(this, attempt.score())) + " ");
        row.add(new Anchor(StudentRoutes.attemptReview(attempt.id()), getTranslation("student.quiz.review-attempt")));
        return row;
    }

    private Component startButton(QuizStatus status) {
        boolean resume = status.runningAttempt().isPresent();
        Button start = new Button(getTranslation(resume ? "student.quiz.resume" : "student.quiz.start"), click -> start());
        start.addClassName("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div area = new Div(start);
        if (status.whyNotStart() != null) {
            start.setEnabled(false);
            Span reason = new Span(reason(status.whyNotStart()));
            reason.addClassName("quiz-why-not");
            area.add(new Paragraph(reason));
        }
        return area;
    }

    private void start() {
        try {
            QuizAttempt attempt = attempts.startOrResume(lesson, quiz.id());
            getUI().ifPresent(ui -> ui.navigate(StudentRoutes.attempt(attempt.id())));
        } catch (AttemptRefusedException refused) {
            Notification.show(reason(refused.problem())).addThemeVariants(NotificationVariant.LUMO_WARNING);
            show(attempts.status(lesson, quiz.id()));
        } catch (NoSuchLessonException gone) {
            Notification.show(getTranslation("student.lesson.gone")).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private String reason(Problem problem) {
        return getTranslation("student.quiz.refused." + problem.code());
    }
}

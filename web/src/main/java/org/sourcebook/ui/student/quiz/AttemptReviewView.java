package org.sourcebook.ui.student.quiz;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.AttemptRefusedException;
import org.sourcebook.attempt.AttemptReview;
import org.sourcebook.attempt.FinishedBy;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.content.quiz.AttemptGrading;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.ui.lesson.Paragraphs;
import org.sourcebook.ui.lesson.ReviewedQuestion;
import org.sourcebook.ui.lesson.Scores;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * A submitted attempt as the quiz's feedback setting allows: the score and, per question, the
 * student's answer, whether it was right, the right answer, the feedback and the passage of the
 * source it rests on. While results are kept back until the quiz closes, only says when they come.
 */
@Route(StudentRoutes.ATTEMPT_REVIEW)
@RolesAllowed(Role.Name.STUDENT)
public class AttemptReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizAttemptService attempts;
    private final PublishedLessonService lessons;
    private Optional<PublishedLesson> lesson = Optional.empty();

    AttemptReviewView(QuizAttemptService attempts, PublishedLessonService lessons) {
        this.attempts = attempts;
        this.lessons = lessons;
        setId("attempt-review");
        setMaxWidth("50em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptReview review;
        try {
            AttemptId id = AttemptId.parse(event.getRouteParameters().get("attemptId").orElse(""));
            review = attempts.review(id);
        } catch (IllegalStateException stillRunning) {
            event.forwardTo(StudentRoutes.attempt(AttemptId.parse(event.getRouteParameters().get("attemptId").orElseThrow())));
            return;
        } catch (IllegalArgumentException | NoSuchAttemptException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            lesson = Optional.of(lessons.open(review.attempt().lesson()));
        } catch (NoSuchLessonException gone) {
            lesson = Optional.empty();
        }
        show(review);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.review.title");
    }

    private void show(AttemptReview review) {
        removeAll();
        QuizAttempt attempt = review.attempt();
        add(new H2(lesson.map(shown -> shown.lesson().title()).orElse(getTranslation("quiz.review.title"))));
        add(new Paragraph(getTranslation("quiz.attempt-number", attempt.number())));
        AttemptGrading grading = review.grading();
        if (grading == null) {
            Paragraph later = new Paragraph(getTranslation("quiz.review.kept-back",
                    Times.format(review.resultsFrom(), getLocale())));
            later.setId("results-later");
            add(later);
        } else {
            add(score(attempt, grading));
            for (int index = 0; index < attempt.questions().size(); index++) {
                Question question = attempt.questions().get(index);
                add(question(index, attempt, question, attempt.answers().answers().get(question.id()),
                        grading.grades().get(question.id())));
            }
        }
        add(links(attempt));
    }

    private Component score(QuizAttempt attempt, AttemptGrading grading) {
        String percent = Scores.number(grading.score(), getLocale());
        boolean passed = grading.score() >= attempt.settings().passMark();
        Div score = new Div();
        score.setId("attempt-score");
        Paragraph marks = new Paragraph(getTranslation("quiz.review.score", marks(grading.marks()), grading.maxMarks(),
                percent));
        marks.addClassName("quiz-score");
        Span verdict = new Span(getTranslation(passed ? "quiz.review.passed" : "quiz.review.not-passed",
                Math.round(attempt.settings().passMark() * 100)));
        verdict.getElement().getThemeList().add(passed ? "badge success" : "badge error");
        verdict.setId("attempt-pass");
        String how = attempt.finishedBy() == FinishedBy.TIME_LIMIT ? getTranslation("quiz.review.ended-by-time")
                : getTranslation("quiz.review.submitted-at", Times.format(attempt.submittedAt(), getLocale()));
        Paragraph ended = new Paragraph(how);
        ended.setId("attempt-ended-by");
        score.add(marks, verdict, ended);
        return score;
    }

    private String marks(double marks) {
        return marks == Math.rint(marks) ? String.valueOf((long) marks) : String.format(getLocale(), "%.1f", marks);
    }

    private Component question(int index, QuizAttempt attempt, Question question, SavedAnswer answer, Grade grade) {
        List<ChoiceOption> shown = question instanceof ChoiceQuestion choice
                ? attempt.displayOrder(question.id(), choice.options(), false) : List.of();
        ReviewedQuestion card = new ReviewedQuestion(new H3(getTranslation("quiz.review.question", index + 1)), question,
                answer == null ? null : answer.response(), grade, shown,
                question.citations().stream().map(this::citation).toList());
        card.setId("review-" + (index + 1));
        return card;
    }

    /** A cited passage with its paragraph counted in the version the citation was made against, if that is at hand. */
    private ReviewedQuestion.Citation citation(org.sourcebook.content.source.Span citation) {
        Optional<DocumentVersion> version = lesson.flatMap(shown -> shown.version(citation.documentId(), citation.version()));
        return new ReviewedQuestion.Citation(citation.quote(),
                version.map(cited -> Paragraphs.numberAt(cited, citation.start())).orElse(null));
    }

    private Component links(QuizAttempt attempt) {
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        Anchor back = new Anchor(StudentRoutes.lesson(attempt.lesson()), getTranslation("quiz.review.back"));
        back.setId("back-to-lesson");
        links.add(back);
        try {
            if (attempts.status(attempt.lesson(), attempt.quiz()).whyNotStart() == null) {
                Button again = new Button(getTranslation("quiz.review.try-again"), click -> tryAgain(attempt));
                again.setId("try-again");
                again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                links.add(again);
            }
        } catch (NoSuchLessonException gone) {
            // the lesson was unpublished: no new attempts
        }
        return links;
    }

    private void tryAgain(QuizAttempt attempt) {
        try {
            QuizAttempt next = attempts.startOrResume(attempt.lesson(), attempt.quiz());
            getUI().ifPresent(ui -> ui.navigate(StudentRoutes.attempt(next.id())));
        } catch (AttemptRefusedException | NoSuchLessonException refused) {
            Notification.show(getTranslation("quiz.review.cannot-start"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}

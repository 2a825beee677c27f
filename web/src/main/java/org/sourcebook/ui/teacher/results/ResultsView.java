package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.audit.AuditService;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.results.AttemptSelection;
import org.sourcebook.results.LessonResults;
import org.sourcebook.results.QuizResults;
import org.sourcebook.results.RegradeChange;
import org.sourcebook.results.ResultsService;

/**
 * The results of one of the teacher's lessons, quiz by quiz: first attempts by default, or all.
 * Another teacher's lesson reads as not found.
 */
@Route("teacher/lessons/:lessonId/results")
@RolesAllowed(Role.Name.TEACHER)
public class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final AuditService audit;
    private final H2 heading = new H2();
    private final RadioButtonGroup<AttemptSelection> selection = new RadioButtonGroup<>();
    private final Div quizzes = new Div();
    private @Nullable LessonId lesson;
    private String title = "";

    ResultsView(ResultsService results, AuditService audit) {
        this.results = results;
        this.audit = audit;
        setId("results");
        selection.setId("attempt-selection");
        selection.setLabel(getTranslation("results.selection"));
        selection.setItems(AttemptSelection.values());
        selection.setItemLabelGenerator(choice -> getTranslation("results.selection." + choice.name()));
        selection.setValue(AttemptSelection.FIRST);
        selection.addValueChangeListener(change -> refresh());
        quizzes.setWidthFull();
        add(heading, new Paragraph(getTranslation("results.intro")), selection, quizzes);
    }

    /** The route of the results of {@code lesson}. */
    public static String path(LessonId lesson) {
        return "teacher/lessons/" + lesson + "/results";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lesson = LessonId.parse(event.getRouteParameters().get("lessonId").orElse(""));
            show(results.results(lesson, selection.getValue()));
        } catch (IllegalArgumentException | NoSuchLessonException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        if (lesson == null) {
            return;
        }
        try {
            show(results.results(lesson, selection.getValue()));
        } catch (NoSuchLessonException gone) {
            error("results.error.lesson-gone");
        }
    }

    private void show(LessonResults shown) {
        title = shown.title().isBlank() ? getTranslation("lessons.untitled") : shown.title();
        heading.setText(getTranslation("results.heading", title));
        quizzes.removeAll();
        if (shown.quizzes().isEmpty()) {
            quizzes.add(new Paragraph(getTranslation("results.no-quizzes")));
        }
        for (QuizResults quiz : shown.quizzes()) {
            quizzes.add(new QuizResultsPanel(quiz, this::openAttempt, () -> openRegrade(quiz),
                    () -> audit.recordExport("Results CSV of lesson " + shown.lesson() + ", quiz " + quiz.position())));
        }
        Anchor back = new Anchor("teacher/lessons/" + shown.lesson(), getTranslation("results.back"));
        back.setId("results-back");
        quizzes.add(back);
    }

    void openAttempt(AttemptId id) {
        try {
            new AttemptDialog(results.attempt(id)).open();
        } catch (NoSuchAttemptException gone) {
            error("results.error.attempt-gone");
        }
    }

    private void openRegrade(QuizResults quiz) {
        LessonId current = lesson;
        if (current == null) {
            return;
        }
        try {
            List<RegradeChange> changes = results.regradeDryRun(current, quiz.quiz());
            new RegradeDialog(quiz.position(), changes, () -> applyRegrade(current, quiz)).open();
        } catch (NoSuchLessonException gone) {
            error("results.error.lesson-gone");
        }
    }

    private void applyRegrade(LessonId current, QuizResults quiz) {
        try {
            List<RegradeChange> applied = results.regrade(current, quiz.quiz());
            Notification.show(getTranslation("results.regrade.done", applied.size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (NoSuchLessonException gone) {
            error("results.error.lesson-gone");
        }
    }

    private void error(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.page-title", title);
    }
}

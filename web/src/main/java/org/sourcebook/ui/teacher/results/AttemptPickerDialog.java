package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.results.Gradebook;
import org.sourcebook.ui.lesson.Times;

/**
 * Every attempt of one student at one lesson's quizzes, from a gradebook cell: quiz, attempt number,
 * start, end and how, score. A submitted attempt opens in the attempt view; a running one is listed
 * but cannot be opened (its answers still change, and it has no score yet).
 */
class AttemptPickerDialog extends Dialog {

    /** @param open called with the attempt the teacher picked; the picker stays open behind it */
    AttemptPickerDialog(String student, String lesson, List<Gradebook.Attempt> attempts, Consumer<AttemptId> open) {
        setId("attempt-picker");
        setHeaderTitle(getTranslation("gradebook.attempts.title", student, lesson));
        setWidth("min(52rem, 100vw)");
        Grid<Gradebook.Attempt> grid = new Grid<>();
        grid.setId("attempt-picker-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::attemptName).setHeader(getTranslation("results.column.attempt")).setKey("attempt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(attempt -> Times.format(attempt.summary().startedAt(), getLocale()))
                .setHeader(getTranslation("gradebook.attempts.started")).setKey("started");
        grid.addColumn(this::ended).setHeader(getTranslation("gradebook.attempts.ended")).setKey("ended");
        grid.addColumn(this::score).setHeader(getTranslation("results.column.score")).setKey("score").setAutoWidth(true);
        grid.addComponentColumn(attempt -> action(student, attempt, open)).setKey("open").setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(attempts);
        grid.setAllRowsVisible(true);
        add(grid);
        Button close = new Button(getTranslation("results.close"), click -> close());
        close.setId("close-attempt-picker");
        getFooter().add(close);
    }

    private String attemptName(Gradebook.Attempt attempt) {
        return attempt.quiz() == 0
                ? getTranslation("gradebook.attempts.removed-quiz", attempt.summary().number())
                : getTranslation("gradebook.attempts.name", attempt.quiz(), attempt.summary().number());
    }

    private String ended(Gradebook.Attempt attempt) {
        AttemptSummary summary = attempt.summary();
        if (summary.submittedAt() == null || summary.finishedBy() == null) {
            return getTranslation("gradebook.state.IN_PROGRESS");
        }
        return getTranslation("gradebook.attempts.ended-by", Times.format(summary.submittedAt(), getLocale()),
                getTranslation("results.finished." + summary.finishedBy().name()));
    }

    private String score(Gradebook.Attempt attempt) {
        Double score = attempt.summary().score();
        return score == null ? getTranslation("gradebook.attempts.no-score") : Measures.score(score, getLocale());
    }

    private Component action(String student, Gradebook.Attempt attempt, Consumer<AttemptId> open) {
        if (!attempt.summary().isSubmitted()) {
            Span running = new Span(getTranslation("gradebook.attempts.running"));
            running.getElement().getThemeList().add("badge contrast");
            return running;
        }
        Button view = new Button(getTranslation("results.attempt.open"), click -> open.accept(attempt.summary().id()));
        view.addClassNames("open-attempt");
        view.getElement().setAttribute("aria-label", getTranslation("gradebook.attempts.open.aria", attemptName(attempt),
                student));
        return view;
    }
}

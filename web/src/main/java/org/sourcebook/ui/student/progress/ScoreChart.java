package org.sourcebook.ui.student.progress;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.ui.student.StudentFormats;

/**
 * The scores of submitted attempts in the order they were made, as bars drawn on the server: each
 * bar's height is its score, labelled with it. Screen readers get the same numbers as one sentence.
 */
class ScoreChart extends Div {

    ScoreChart(List<AttemptSummary> submitted) {
        addClassName("score-chart");
        String scores = submitted.stream().map(attempt -> StudentFormats.percent(this, score(attempt)))
                .collect(Collectors.joining(", "));
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("student.progress.chart.alt", scores));
        getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "var(--lumo-space-xs)")
                .set("height", "8em").set("max-width", "100%").set("overflow-x", "auto");
        for (AttemptSummary attempt : submitted) {
            add(bar(attempt));
        }
    }

    private Div bar(AttemptSummary attempt) {
        double score = score(attempt);
        Span value = new Span(StudentFormats.percent(this, score));
        value.addClassNames(LumoUtility.FontSize.XSMALL);
        Div fill = new Div();
        fill.addClassName(LumoUtility.Background.PRIMARY);
        fill.setWidthFull();
        fill.getStyle().set("height", Math.max(1, Math.round(score * 100)) + "%").set("min-height", "2px");
        Div track = new Div(fill);
        track.addClassName(LumoUtility.Background.CONTRAST_5);
        track.getStyle().set("flex", "1").set("display", "flex").set("align-items", "flex-end").set("width", "100%");
        Span number = new Span(getTranslation("student.progress.chart.attempt", attempt.number()));
        number.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div bar = new Div(value, track, number);
        bar.addClassName("score-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("height", "100%").set("width", "2.5em").set("flex-shrink", "0");
        return bar;
    }

    private static double score(AttemptSummary attempt) {
        return attempt.score() == null ? 0 : attempt.score();
    }
}

package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.sourcebook.content.analysis.ItemFlag;
import org.sourcebook.content.analysis.ItemStatistics;

/**
 * A quiz's items as horizontal bars, drawn on the server from plain divs sized in percent: one
 * bar for the facility (0 to 100%), and below it the discrimination on a scale from -100% to
 * 100% around a centre line, green when adequate, orange when weak, red when negative. Each row
 * carries its numbers as an accessible label; the item analysis table is the full text alternative.
 */
class ItemChart extends Composite<Div> {

    ItemChart(List<ItemStatistics> items) {
        Div chart = getContent();
        chart.addClassNames("results-chart");
        chart.getElement().setAttribute("role", "figure");
        chart.getElement().setAttribute("aria-label", getTranslation("results.chart.title"));
        chart.getStyle().set("width", "100%").set("max-width", "40rem");
        chart.add(new Paragraph(getTranslation("results.chart.legend")));
        for (ItemStatistics item : items) {
            chart.add(row(item));
        }
    }

    private Div row(ItemStatistics item) {
        String facility = Measures.percent(item.facility(), this);
        String discrimination = Measures.percent(item.discrimination(), this);
        Span label = new Span(getTranslation("results.question.short", item.item() + 1));
        label.getStyle().set("flex", "0 0 3rem");
        Div bars = new Div(facilityBar(item), discriminationBar(item));
        bars.getStyle().set("flex", "1 1 auto").set("min-width", "0");
        Div row = new Div(label, bars);
        row.addClassNames("results-chart-row");
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        row.getElement().setAttribute("role", "img");
        row.getElement().setAttribute("aria-label",
                getTranslation("results.chart.row", item.item() + 1, facility, discrimination));
        row.getElement().setAttribute("title", getTranslation("results.chart.row", item.item() + 1, facility, discrimination));
        return row;
    }

    private Div facilityBar(ItemStatistics item) {
        double width = item.facility().orElse(0);
        Div fill = bar(0, width, item.has(ItemFlag.TOO_EASY) || item.has(ItemFlag.TOO_HARD)
                ? "var(--lumo-contrast-50pct)" : "var(--lumo-primary-color)");
        fill.addClassNames("facility-bar");
        return track(fill, "1rem", false);
    }

    private Div discriminationBar(ItemStatistics item) {
        double value = item.discrimination().orElse(0);
        double left = value >= 0 ? 50 : 50 + value / 2;
        String colour = value < 0 ? "var(--lumo-error-color)"
                : value < ItemFlag.ADEQUATE_FROM ? "var(--lumo-warning-color, orange)" : "var(--lumo-success-color)";
        Div fill = bar(left, Math.abs(value) / 2, colour);
        fill.addClassNames("discrimination-bar");
        return track(fill, "0.5rem", true);
    }

    private static Div bar(double left, double width, String colour) {
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0")
                .set("left", format(left) + "%").set("width", format(width) + "%").set("background", colour);
        return fill;
    }

    private static Div track(Div fill, String height, boolean centreLine) {
        Div track = new Div(fill);
        track.getStyle().set("position", "relative").set("height", height).set("background", "var(--lumo-contrast-10pct)")
                .set("margin", "2px 0");
        if (centreLine) {
            Div centre = bar(50, 0, "transparent");
            centre.getStyle().set("border-left", "1px solid var(--lumo-contrast-60pct)");
            track.add(centre);
        }
        return track;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

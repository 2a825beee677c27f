package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.content.analysis.ItemFlag;
import org.sourcebook.content.analysis.ItemStatistics;
import org.sourcebook.content.analysis.TestStatistics;
import org.sourcebook.results.AttemptLine;
import org.sourcebook.results.QuestionColumn;
import org.sourcebook.results.QuizResults;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * One quiz's results: a summary, the attempts (each row's button opens its detail; CSV export), the item
 * analysis table and chart, and the regrade button. Service-free: the view acts on its callbacks.
 */
class QuizResultsPanel extends Composite<Div> {

    /** A row of the item analysis table: the question and its statistics. */
    record ItemRow(int number, String prompt, ItemStatistics statistics) {}

    private final QuizResults quiz;
    private final Runnable exported;

    /** @param exported called on every CSV export (to audit it) */
    QuizResultsPanel(QuizResults quiz, Consumer<AttemptId> openAttempt, Runnable regrade, Runnable exported) {
        this.quiz = quiz;
        this.exported = exported;
        Div panel = getContent();
        panel.setId("quiz-results-" + quiz.position());
        panel.addClassNames("quiz-results");
        panel.getStyle().set("width", "100%");
        Button regradeButton = new Button(getTranslation("results.regrade"), click -> regrade.run());
        regradeButton.setId("regrade-" + quiz.position());
        FlexLayout actions = new FlexLayout(regradeButton, csvDownload());
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "center");
        panel.add(new H3(getTranslation("results.quiz", quiz.position())), summary(), actions,
                new H4(getTranslation("results.attempts")), attempts(openAttempt));
        if (quiz.notAnalysed() > 0) {
            panel.add(new Paragraph(getTranslation("results.not-analysed", quiz.notAnalysed())));
        }
        if (!quiz.questions().isEmpty()) {
            panel.add(new H4(getTranslation("results.items")), items(), new ItemChart(quiz.analysis().items()));
        }
    }

    private Paragraph summary() {
        TestStatistics test = quiz.analysis().test();
        Paragraph summary = new Paragraph(getTranslation("results.summary", quiz.attempts().size(), test.attempts(),
                Measures.percent(test.mean(), this), Measures.percent(test.median(), this),
                Measures.percent(test.standardDeviation(), this), Measures.percent(test.internalConsistency(), this)));
        summary.addClassNames("results-summary");
        return summary;
    }

    private Grid<AttemptLine> attempts(Consumer<AttemptId> openAttempt) {
        Grid<AttemptLine> grid = new Grid<>();
        grid.setId("attempts-" + quiz.position());
        grid.addColumn(AttemptLine::student).setHeader(getTranslation("results.column.student")).setKey("student")
                .setWidth("9em").setFlexGrow(2).setSortable(true);
        grid.addColumn(AttemptLine::number).setHeader(getTranslation("results.column.attempt")).setKey("attempt")
                .setAutoWidth(true);
        grid.addColumn(this::score).setHeader(getTranslation("results.column.score")).setKey("score").setAutoWidth(true)
                .setComparator(AttemptLine::score);
        grid.addColumn(line -> getTranslation("results.finished." + line.finishedBy().name()))
                .setHeader(getTranslation("results.column.finished-by")).setKey("finishedBy");
        grid.addColumn(line -> Times.format(line.submittedAt(), getLocale()))
                .setHeader(getTranslation("results.column.submitted")).setKey("submitted").setAutoWidth(true)
                .setComparator(AttemptLine::submittedAt);
        grid.addComponentColumn(line -> {
            Button open = new Button(getTranslation("results.attempt.open"), click -> openAttempt.accept(line.id()));
            open.getElement().setAttribute("aria-label", getTranslation("results.attempt.open.aria", line.student(),
                    line.number()));
            return open;
        }).setKey("open").setAutoWidth(true).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long names wrap rather than hide on a phone
        grid.setItems(quiz.attempts());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("results.attempts.empty"));
        return grid;
    }

    private String score(AttemptLine line) {
        return getTranslation("results.score", Measures.marks(line.marks(), getLocale()), line.maxMarks(),
                Measures.score(line.score(), getLocale()));
    }

    private Grid<ItemRow> items() {
        List<ItemRow> rows = new ArrayList<>();
        List<QuestionColumn> questions = quiz.questions();
        for (ItemStatistics statistics : quiz.analysis().items()) {
            rows.add(new ItemRow(statistics.item() + 1, ItemWording.blanks(questions.get(statistics.item()).prompt()), statistics));
        }
        Grid<ItemRow> grid = new Grid<>();
        grid.setId("items-" + quiz.position());
        grid.addColumn(ItemRow::number).setHeader("#").setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ItemRow::prompt).setHeader(getTranslation("results.column.question")).setKey("question")
                .setFlexGrow(3);
        grid.addColumn(row -> Measures.percent(row.statistics().facility(), this))
                .setHeader(getTranslation("results.column.facility")).setKey("facility").setAutoWidth(true);
        grid.addColumn(row -> Measures.percent(row.statistics().discrimination(), this))
                .setHeader(getTranslation("results.column.discrimination")).setKey("discrimination").setAutoWidth(true);
        grid.addColumn(row -> Measures.percent(row.statistics().standardDeviation(), this))
                .setHeader(getTranslation("results.column.sd")).setKey("sd").setAutoWidth(true);
        grid.addComponentColumn(row -> flags(row.statistics())).setHeader(getTranslation("results.column.flags"))
                .setKey("flags").setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout flags(ItemStatistics statistics) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (ItemFlag flag : ItemFlag.values()) {
            if (statistics.has(flag)) {
                Span badge = new Span(getTranslation("results.flag." + flag.name()));
                badge.getElement().getThemeList().add(Measures.badgeTheme(flag));
                badge.getElement().setAttribute("title", getTranslation("results.flag." + flag.name() + ".hint"));
                badges.add(badge);
            }
        }
        return badges;
    }

    private Anchor csvDownload() {
        String fileName = "results-quiz-" + quiz.position() + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv();
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("results.csv"));
        download.setId("csv-" + quiz.position());
        return download;
    }

    /** The attempts table as CSV, as shown (the translated headers, the same order); the export is audited. */
    byte[] csv() {
        exported.run();
        List<String> header = List.of(getTranslation("results.column.student"), getTranslation("results.column.attempt"),
                getTranslation("results.column.marks"), getTranslation("results.column.max-marks"),
                getTranslation("results.column.score"), getTranslation("results.column.finished-by"),
                getTranslation("results.column.submitted"));
        List<List<String>> rows = quiz.attempts().stream().map(line -> List.of(line.student(),
                String.valueOf(line.number()), Measures.marks(line.marks(), java.util.Locale.ROOT),
                String.valueOf(line.maxMarks()), String.format(java.util.Locale.ROOT, "%.1f", 100 * line.score()),
                getTranslation("results.finished." + line.finishedBy().name()), line.submittedAt().toString())).toList();
        return AttemptsCsv.write(header, rows);
    }
}

package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.audit.AuditService;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.NoSuchClassException;
import org.sourcebook.content.account.Role;
import org.sourcebook.results.Gradebook;
import org.sourcebook.results.GradebookService;
import org.sourcebook.results.GradebookState;
import org.sourcebook.results.ResultsService;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.teacher.classes.ClassRoutes;

/**
 * A class's gradebook: a row per student, a column per assigned lesson with the lesson grade and
 * attempts (or where the student is); a cell with attempts opens a picker of all of them, from which a
 * submitted one opens question by question. CSV
 * export (audited). Another teacher's class reads as not found.
 */
@Route("teacher/classes/:classId/gradebook")
@RolesAllowed(Role.Name.TEACHER)
public class GradebookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GradebookService gradebooks;
    private final ResultsService results;
    private final AuditService audit;
    private final Grid<StudentRef> grid = new Grid<>();
    private @Nullable Gradebook shown;

    GradebookView(GradebookService gradebooks, ResultsService results, AuditService audit) {
        this.gradebooks = gradebooks;
        this.results = results;
        this.audit = audit;
        setId("gradebook");
        grid.setId("gradebook-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
    }

    /** The route of the gradebook of {@code schoolClass}. */
    public static String path(ClassId schoolClass) {
        return ClassRoutes.of(schoolClass) + "/gradebook";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ClassId id = new ClassId(UUID.fromString(event.getRouteParameters().get("classId").orElse("")));
            show(gradebooks.gradebook(id));
        } catch (IllegalArgumentException | NoSuchClassException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Gradebook book) {
        shown = book;
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(StudentRef::displayName).setHeader(getTranslation("gradebook.column.student")).setFrozen(true)
                .setAutoWidth(true).setKey("student");
        for (int i = 0; i < book.lessons().size(); i++) {
            Gradebook.Column lesson = book.lessons().get(i);
            grid.addComponentColumn(student -> cell(book, student, lesson)).setHeader(header(lesson))
                    .setKey("lesson-" + i).setAutoWidth(true);
        }
        grid.setItems(book.students());
        H2 heading = new H2(getTranslation("gradebook.heading", book.schoolClass().name()));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "gradebook.csv", "text/csv;charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("gradebook.csv"));
        download.setId("gradebook-csv");
        Anchor back = new Anchor(ClassRoutes.of(book.schoolClass().id()), getTranslation("gradebook.back"));
        back.setId("gradebook-back");
        add(heading, back);
        if (book.students().isEmpty() || book.lessons().isEmpty()) {
            add(new Paragraph(getTranslation("gradebook.empty")));
        }
        add(download, grid, legend());
    }

    private String title(Gradebook.Column lesson) {
        return lesson.title().isBlank() ? getTranslation("lessons.untitled") : lesson.title();
    }

    private String header(Gradebook.Column lesson) {
        String title = title(lesson);
        return lesson.dueAt() == null ? title : getTranslation("gradebook.column.due", title, Times.format(lesson.dueAt(), getLocale()));
    }

    private Component cell(Gradebook book, StudentRef student, Gradebook.Column lesson) {
        Gradebook.Cell cell = book.cell(student.id(), lesson.lesson());
        String text = text(cell, getLocale());
        if (cell.made().isEmpty()) {
            Span span = new Span(text);
            span.addClassNames("gradebook-cell");
            return span;
        }
        Button open = new Button(text, click -> openAttempts(student, lesson, cell));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassNames("gradebook-cell");
        open.getElement().setAttribute("title", getTranslation("gradebook.open-attempt"));
        return open;
    }

    private void openAttempts(StudentRef student, Gradebook.Column lesson, Gradebook.Cell cell) {
        new AttemptPickerDialog(student.displayName(), title(lesson), cell.made(), this::openAttempt).open();
    }

    private String text(Gradebook.Cell cell, Locale locale) {
        if (cell.grade() == null) {
            return getTranslation("gradebook.state." + cell.state().name());
        }
        return getTranslation("gradebook.cell.graded", Measures.score(cell.grade(), locale), cell.attempts());
    }

    private UnorderedList legend() {
        UnorderedList legend = new UnorderedList();
        legend.setId("gradebook-legend");
        legend.add(new ListItem(getTranslation("gradebook.legend.grade")));
        for (GradebookState state : GradebookState.values()) {
            legend.add(new ListItem(getTranslation("gradebook.state." + state.name()) + ": "
                    + getTranslation("gradebook.legend." + state.name())));
        }
        return legend;
    }

    void openAttempt(AttemptId id) {
        try {
            new AttemptDialog(results.attempt(id)).open();
        } catch (NoSuchAttemptException gone) {
            Notification.show(getTranslation("results.error.attempt-gone")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The gradebook as CSV: per lesson its grade (percent), attempts and state; the export is audited. */
    byte[] csv() {
        Gradebook book = shown;
        if (book == null) {
            return new byte[0];
        }
        audit.recordExport("Gradebook CSV of class " + book.schoolClass().name() + " (" + book.schoolClass().id() + ")");
        List<String> header = new ArrayList<>(List.of(getTranslation("gradebook.column.student"),
                getTranslation("gradebook.column.username")));
        for (Gradebook.Column lesson : book.lessons()) {
            header.add(getTranslation("gradebook.csv.grade", lesson.title()));
            header.add(getTranslation("gradebook.csv.attempts", lesson.title()));
            header.add(getTranslation("gradebook.csv.state", lesson.title()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (StudentRef student : book.students()) {
            List<String> row = new ArrayList<>(List.of(student.displayName(), student.username()));
            for (Gradebook.Column lesson : book.lessons()) {
                Gradebook.Cell cell = book.cell(student.id(), lesson.lesson());
                row.add(cell.grade() == null ? "" : String.format(Locale.ROOT, "%.1f", 100 * cell.grade()));
                row.add(String.valueOf(cell.attempts()));
                row.add(getTranslation("gradebook.state." + cell.state().name()));
            }
            rows.add(row);
        }
        return AttemptsCsv.write(header, rows);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("gradebook.title")
                : getTranslation("gradebook.page-title", shown.schoolClass().name());
    }
}

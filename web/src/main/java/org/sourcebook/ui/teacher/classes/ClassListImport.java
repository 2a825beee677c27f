package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.EnrolmentPreview;
import org.sourcebook.classes.EnrolmentPreview.Row;
import org.sourcebook.ui.base.UploadTexts;
import org.sourcebook.ui.base.background.ServerPush;

/**
 * Enrolling a class list: a CSV file with a {@code username} column, uploaded or pasted, checked
 * row by row first; then only the valid rows are enrolled, after the teacher confirms.
 */
class ClassListImport extends VerticalLayout {

    private static final int MAX_BYTES = 1024 * 1024;

    private final ClassService classes;
    private final ClassId classId;
    private final Runnable enrolled;
    private final TextArea csv = new TextArea();
    private final Paragraph summary = new Paragraph();
    private final Grid<Row> preview = new Grid<>();
    private final Button enrol = new Button();
    private @Nullable String checked;

    ClassListImport(ClassService classes, ClassId classId, Runnable enrolled) {
        this.classes = classes;
        this.classId = classId;
        this.enrolled = enrolled;
        setId("class-list-import");
        setPadding(false);
        csv.setLabel(getTranslation("classes.csv.label"));
        csv.setHelperText(getTranslation("classes.csv.help"));
        csv.setId("class-list-csv");
        csv.setWidthFull();
        csv.addValueChangeListener(event -> clearPreview());
        Button check = new Button(getTranslation("classes.csv.check"), click -> check());
        check.setId("check-class-list");
        enrol.setId("enrol-class-list");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(click -> enrol());
        summary.setId("class-list-summary");
        add(new H3(getTranslation("classes.csv.title")), createUpload(), csv, check, summary, configurePreview(), enrol);
        clearPreview();
    }

    private Upload createUpload() {
        Upload upload = new Upload();
        upload.setId("class-list-upload");
        ServerPush.whileAttached(upload);
        UploadHandler handler = event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_BYTES + 1);
            event.getUI().access(() -> {
                upload.clearFileList();
                if (bytes.length > MAX_BYTES) {
                    ClassMessages.showError(getTranslation("classes.csv.too-large"));
                } else {
                    csv.setValue(new String(bytes, StandardCharsets.UTF_8));
                    check();
                }
            });
        };
        upload.setUploadHandler(handler);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(event -> ClassMessages.showError(getTranslation("classes.csv.too-large")));
        upload.setI18n(UploadTexts.of(this, "classes.csv.drop", "classes.csv.choose"));
        return upload;
    }

    private Grid<Row> configurePreview() {
        preview.setId("class-list-preview");
        preview.addColumn(Row::line).setHeader(getTranslation("classes.csv.column.line")).setKey("line").setAutoWidth(true);
        preview.addColumn(Row::username).setHeader(getTranslation("classes.column.username")).setKey("username");
        preview.addColumn(row -> row.valid() ? getTranslation("classes.csv.ok", row.student().displayName())
                : getTranslation("classes.csv.problem." + row.problem().name()))
                .setHeader(getTranslation("classes.csv.column.result")).setKey("result").setFlexGrow(2);
        preview.setPartNameGenerator(row -> row.valid() ? null : "error-row");
        preview.setAllRowsVisible(true);
        return preview;
    }

    void check() {
        try {
            EnrolmentPreview result = classes.previewCsv(classId, csv.getValue());
            preview.setItems(result.rows());
            preview.setVisible(true);
            int valid = result.valid().size();
            summary.setText(getTranslation("classes.csv.summary", valid, result.errors()));
            enrol.setText(getTranslation("classes.csv.enrol", valid));
            enrol.setVisible(valid > 0);
            checked = csv.getValue();
        } catch (ClassRefusedException e) {
            clearPreview();
            summary.setText(ClassMessages.refused(this, e));
        }
    }

    private void enrol() {
        if (checked == null) {
            return;
        }
        try {
            int valid = classes.enrolCsv(classId, checked).valid().size();
            Notification.show(getTranslation("classes.csv.enrolled", valid));
            csv.clear();
            clearPreview();
            enrolled.run();
        } catch (ClassRefusedException e) {
            ClassMessages.showError(ClassMessages.refused(this, e));
        }
    }

    private void clearPreview() {
        checked = null;
        preview.setItems();
        preview.setVisible(false);
        enrol.setVisible(false);
        summary.setText("");
    }
}

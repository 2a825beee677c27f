package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.exchange.ItemExchangeService;
import org.sourcebook.exchange.ItemImportException;
import org.sourcebook.exchange.ItemImportReport;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.ui.base.UploadTexts;
import org.sourcebook.ui.base.background.ServerPush;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Imports questions into the question bank ({@code teacher/bank/import}) from GIFT, Moodle XML or a
 * Sourcebook bundle: upload, see every question that will come in or every problem, then import
 * all of them at once. A file with any problem imports nothing.
 */
@Route(ImportItemsView.ROUTE)
@RolesAllowed(Role.Name.TEACHER)
public class ImportItemsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "teacher/bank/import";

    private final ItemExchangeService exchange;
    private final RadioButtonGroup<ItemFormat> format = new RadioButtonGroup<>();
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final Grid<Item> items = new Grid<>();
    private final Grid<ItemIssue> problems = new Grid<>();
    private final Button importButton = new Button();
    private byte @Nullable [] file;

    ImportItemsView(ItemExchangeService exchange) {
        this.exchange = exchange;
        setId("import-items");
        add(new Paragraph(getTranslation("exchange.import.intro", ItemExchangeService.MAX_IMPORT_BYTES / (1024 * 1024))));
        configureFormat();
        configureUpload();
        summary.setId("import-summary");
        configureGrids();
        importButton.setId("import-items-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> importAll());
        Anchor back = new Anchor(ItemRoutes.BANK, getTranslation("exchange.import.back"));
        add(format, upload, summary, problems, items, importButton, back);
        showPreview(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.import.title");
    }

    private void configureFormat() {
        format.setLabel(getTranslation("exchange.format"));
        format.setItems(Arrays.stream(ItemFormat.values()).filter(ItemFormat::importable).toList());
        format.setItemLabelGenerator(choice -> getTranslation("exchange.format." + choice.name()));
        format.setValue(ItemFormat.GIFT);
        format.setId("import-format");
        format.addValueChangeListener(event -> {
            if (event.isFromClient() && file != null) {
                preview(file);
            }
        });
    }

    private void configureUpload() {
        upload.setId("import-upload");
        ServerPush.whileAttached(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ItemExchangeService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes(".txt", ".gift", ".xml", ".json", "text/plain", "application/xml", "text/xml",
                "application/json");
        upload.addFileRejectedListener(event -> {
            file = null;
            showPreview(null);
            summary.setText(getTranslation("exchange.import.rejected", ItemExchangeService.MAX_IMPORT_BYTES / (1024 * 1024)));
        });
        upload.setUploadHandler(event -> {
            byte[] bytes = event.getInputStream().readNBytes(ItemExchangeService.MAX_IMPORT_BYTES + 1);
            String name = event.getFileName();
            event.getUI().access(() -> {
                upload.clearFileList();
                formatOfFileName(name).ifPresent(format::setValue);
                preview(bytes);
            });
        });
        upload.setI18n(UploadTexts.of(this, "exchange.import.drop", "exchange.import.choose"));
    }

    /** The format a file's name suggests: .json is a bundle, .xml Moodle XML, .gift and .txt GIFT. */
    static Optional<ItemFormat> formatOfFileName(@Nullable String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(ItemFormat.JSON);
        }
        if (lower.endsWith(".xml")) {
            return Optional.of(ItemFormat.MOODLE_XML);
        }
        return lower.endsWith(".gift") || lower.endsWith(".txt") ? Optional.of(ItemFormat.GIFT) : Optional.empty();
    }

    private void configureGrids() {
        problems.setId("import-problems");
        problems.addColumn(ItemIssue::position).setHeader(getTranslation("exchange.import.column.position"))
                .setKey("position").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(IssueTexts::describe).setHeader(getTranslation("exchange.import.column.problem"))
                .setKey("problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        items.setId("import-preview");
        items.addColumn(item -> ItemTexts.kind(item.kind())).setHeader(getTranslation("bank.column.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(ItemWording::prompt).setHeader(getTranslation("bank.column.prompt")).setKey("prompt").setFlexGrow(3);
        items.addColumn(item -> ItemWording.answer(item, this)).setHeader(getTranslation("bank.column.answer")).setKey("answer")
                .setFlexGrow(2);
        items.setAllRowsVisible(true);
    }

    void preview(byte[] bytes) {
        file = bytes;
        showPreview(exchange.preview(format.getValue(), bytes));
    }

    private void showPreview(@Nullable ImportedItems read) {
        boolean clean = read != null && !read.hasProblems() && !read.items().isEmpty();
        problems.setVisible(read != null && read.hasProblems());
        items.setVisible(clean);
        importButton.setVisible(clean);
        if (read == null) {
            summary.setText("");
        } else if (read.hasProblems()) {
            summary.setText(getTranslation("exchange.import.problems", read.problems().size()));
            problems.setItems(read.problems());
        } else if (read.items().isEmpty()) {
            summary.setText(getTranslation("exchange.import.empty"));
        } else {
            summary.setText(getTranslation("exchange.import.ready", read.items().size()));
            items.setItems(read.items());
            importButton.setText(getTranslation("exchange.import.confirm", read.items().size()));
        }
    }

    void importAll() {
        if (file == null) {
            return;
        }
        try {
            ItemImportReport report = exchange.importItems(format.getValue(), file);
            file = null;
            showPreview(null);
            String done = getTranslation("exchange.import.done", report.items(), report.documents(), report.lessons());
            summary.setText(done);
            Notification.show(done);
        } catch (ItemImportException refused) {
            showPreview(new ImportedItems(List.of(), refused.problems()));
        }
    }
}

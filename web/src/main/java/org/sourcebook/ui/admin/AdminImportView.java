package org.sourcebook.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.account.AccountImportService;
import org.sourcebook.account.ImportFileException;
import org.sourcebook.account.ImportPreview;
import org.sourcebook.account.ImportProblem;
import org.sourcebook.account.ImportRow;
import org.sourcebook.account.ImportedAccount;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.account.PasswordProblems;
import org.sourcebook.ui.base.UploadTexts;
import org.sourcebook.ui.base.background.BackgroundTasks;
import org.sourcebook.ui.base.background.ServerPush;

/**
 * Accounts from a CSV file: upload, a preview of every row with its problems and the classes it
 * joins, then the valid rows are created after confirmation (all or none). The import runs in the
 * background with a progress bar (hashing a thousand passwords takes minutes), so the page stays
 * responsive. Generated temporary passwords are shown once and can be downloaded as CSV.
 */
@Route(AdminRoutes.IMPORT)
@Menu(order = 32, icon = "vaadin:upload", title = "nav.admin.import")
@RolesAllowed(Role.Name.ADMIN)
public class AdminImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AdminImportView.class);

    private final AccountImportService imports;
    private final BackgroundTasks background;
    private final Upload upload = new Upload();
    private final Paragraph message = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<ImportRow> preview = new Grid<>();
    private final Button importButton = new Button();
    private final Grid<ImportedAccount> created = new Grid<>();
    private final VerticalLayout result = new VerticalLayout();
    private @Nullable ImportPreview checked;

    AdminImportView(AccountImportService imports, BackgroundTasks background) {
        this.imports = imports;
        this.background = background;
        setId("admin-import");
        ServerPush.whileAttached(this);
        add(new Paragraph(getTranslation("admin.import.intro", AccountImportService.MAX_ROWS,
                AccountImportService.MAX_BYTES / 1000)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AccountImportService.MAX_BYTES);
        upload.setI18n(UploadTexts.of(this, "admin.import.drop", "admin.import.choose"));
        upload.addFileRejectedListener(event -> message.setText(
                getTranslation("admin.import.rejected", AccountImportService.MAX_BYTES / 1000)));
        upload.setUploadHandler(event -> {
            byte[] bytes = event.getInputStream().readNBytes(AccountImportService.MAX_BYTES + 1);
            event.getUI().access(() -> {
                upload.clearFileList();
                check(bytes);
            });
        });
        message.setId("import-message");
        progressBar.setId("import-progress");
        progressBar.setWidth("20em");
        progressText.setId("import-progress-text");
        HorizontalLayout progress = new HorizontalLayout(progressBar, progressText);
        progress.setAlignItems(Alignment.CENTER);
        progressBar.setVisible(false);
        progressText.setVisible(false);

        preview.addColumn(ImportRow::rowNumber).setHeader(getTranslation("admin.import.column.row")).setKey("row")
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportRow::username).setHeader(getTranslation("admin.users.column.username")).setKey("username")
                .setAutoWidth(true);
        preview.addColumn(ImportRow::displayName).setHeader(getTranslation("admin.users.column.name")).setKey("name");
        preview.addColumn(ImportRow::email).setHeader(getTranslation("admin.users.column.email")).setKey("email");
        preview.addColumn(row -> row.roles().stream().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.column.roles")).setKey("role");
        preview.addColumn(row -> getTranslation(row.passwordGiven() ? "admin.import.password.given"
                : "admin.import.password.generated")).setHeader(getTranslation("admin.import.column.password")).setKey("password");
        preview.addColumn(this::classes).setHeader(getTranslation("admin.import.column.classes")).setKey("classes");
        preview.addColumn(this::problems).setHeader(getTranslation("admin.import.column.problems")).setKey("problems")
                .setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.valid() ? null : "import-problem");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);

        importButton.setId("import-valid");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> confirmImport());
        importButton.setVisible(false);

        created.addColumn(ImportedAccount::username).setHeader(getTranslation("admin.users.column.username")).setKey("username");
        created.addColumn(ImportedAccount::displayName).setHeader(getTranslation("admin.users.column.name")).setKey("name");
        created.addColumn(account -> account.temporaryPassword() == null ? getTranslation("admin.import.password.given")
                : account.temporaryPassword()).setHeader(getTranslation("admin.import.column.temporary")).setKey("password");
        created.setAllRowsVisible(true);
        result.setPadding(false);
        result.setVisible(false);
        add(upload, message, progress, preview, importButton, result);
    }

    /** Checks an uploaded file and shows the preview. */
    void check(byte[] bytes) {
        checked = null;
        result.setVisible(false);
        try {
            checked = imports.preview(bytes);
        } catch (ImportFileException refused) {
            message.setText(getTranslation("admin.import.file." + refused.reason().name(), refused.detail()));
            preview.setVisible(false);
            importButton.setVisible(false);
            return;
        }
        int valid = checked.validRows().size();
        message.setText(getTranslation("admin.import.summary", checked.rows().size(), valid, checked.rows().size() - valid));
        preview.getColumnByKey("classes").setVisible(checked.classColumn());
        preview.setItems(checked.rows());
        preview.setVisible(true);
        importButton.setText(getTranslation("admin.import.button", valid));
        importButton.setEnabled(valid > 0);
        importButton.setVisible(true);
    }

    private String classes(ImportRow row) {
        return row.classes().stream()
                .map(joined -> getTranslation("admin.import.class.label", joined.name(), joined.ownerUsername()))
                .collect(Collectors.joining(", "));
    }

    String problems(ImportRow row) {
        return row.problems().stream().map(this::problem).collect(Collectors.joining(" "));
    }

    private String problem(ImportProblem problem) {
        if (problem.kind() == ImportProblem.Kind.PASSWORD_WEAK) {
            return PasswordProblems.message(this, problem.passwordProblems());
        }
        return getTranslation("admin.import.problem." + problem.kind().name(), problem.detail());
    }

    Confirmation confirmImport() {
        ImportPreview current = checked;
        int valid = current == null ? 0 : current.validRows().size();
        Confirmation confirm = new Confirmation(getTranslation("admin.import.confirm.title", valid),
                getTranslation("admin.import.confirm.text", current == null ? 0 : current.rows().size() - valid),
                getTranslation("admin.import.confirm.button"), () -> importValid());
        confirm.setId("confirm-import");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.open();
        return confirm;
    }

    /** Starts the import in the background; progress and the outcome arrive through server push. */
    void importValid() {
        ImportPreview current = checked;
        if (current == null) {
            return;
        }
        checked = null;
        UI ui = UI.getCurrent();
        importButton.setVisible(false);
        upload.setVisible(false);
        showProgress(0, current.validRows().size());
        background.asSignedIn().execute(() -> runImport(ui, current));
    }

    private void runImport(UI ui, ImportPreview current) {
        int step = Math.max(1, current.validRows().size() / 100);
        try {
            List<ImportedAccount> accounts = imports.importValid(current, (done, total) -> {
                if (done % step == 0 || done == total) {
                    update(ui, () -> showProgress(done, total));
                }
            });
            update(ui, () -> finished(accounts));
        } catch (ImportFileException refused) {
            update(ui, () -> stopped(getTranslation("admin.import.file." + refused.reason().name(), refused.detail())));
        } catch (RuntimeException crashed) {
            log.error("Account import failed", crashed);
            update(ui, () -> stopped(getTranslation("admin.import.crashed")));
        }
    }

    /** Shows the outcome if the page is still open; a closed page does not stop the import. */
    private static void update(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // The admin left the page: the accounts are still created, their passwords can be reset.
        }
    }

    private void showProgress(int hashed, int total) {
        progressBar.setValue(total == 0 ? 0 : (double) hashed / total);
        progressText.setText(getTranslation("admin.import.progress", hashed, total));
        progressBar.setVisible(true);
        progressText.setVisible(true);
    }

    private void stopped(String reason) {
        hideProgress();
        preview.setVisible(false);
        message.setText(reason);
    }

    private void hideProgress() {
        progressBar.setVisible(false);
        progressText.setVisible(false);
        upload.setVisible(true);
    }

    private void finished(List<ImportedAccount> accounts) {
        hideProgress();
        preview.setVisible(false);
        message.setText(getTranslation("admin.import.done", accounts.size()));
        Notification.show(getTranslation("admin.import.done", accounts.size()));
        created.setItems(accounts);
        byte[] csv = credentials(accounts);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(download1 -> new DownloadResponse(
                new ByteArrayInputStream(csv), "new-accounts.csv", "text/csv", csv.length)),
                getTranslation("admin.import.download"));
        download.setId("download-passwords");
        download.getElement().setAttribute("download", true);
        result.removeAll();
        result.add(new Paragraph(getTranslation("admin.import.passwords-once")), download, created);
        result.setVisible(true);
    }

    /** Username, name and temporary password of each new account, as CSV for handing out. */
    static byte[] credentials(List<ImportedAccount> accounts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("username", "name", "temporary_password");
            for (ImportedAccount account : accounts) {
                printer.printRecord(account.username(), spreadsheetSafe(account.displayName()),
                        account.temporaryPassword() == null ? "" : account.temporaryPassword());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    Upload upload() {
        return upload;
    }

    Paragraph message() {
        return message;
    }

    Span progressText() {
        return progressText;
    }

    Grid<ImportRow> preview() {
        return preview;
    }

    Button importButton() {
        return importButton;
    }

    Grid<ImportedAccount> created() {
        return created;
    }

    VerticalLayout result() {
        return result;
    }

    /** Keeps a spreadsheet from reading a name such as "=HYPERLINK(...)" as a formula. */
    private static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.import.title");
    }
}

package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.item.ItemService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads as they come from teachers, in a real browser against the real server: a 3 MB PDF (most
 * real PDFs are over the 1 MB that once failed with "Upload forbidden"), a file with a very long
 * non-Latin name, and files just over each limit, which get the app's own message and store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class UploadsIT {

    private static final String PASSWORD = "uploads-it-password";
    private static final int MB = 1024 * 1024;
    private static Browser browser;
    private static String teacher;

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @BeforeAll
    static void startBrowserAndCreateATeacher(@Autowired Environment environment, @Autowired AccountService accounts)
            throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        teacher = "uploads-" + System.nanoTime() % 100_000;
        ActingAs.createAccount(accounts, teacher, "Uploads Teacher", PASSWORD, Role.TEACHER);
        browser.forgetVisitor();
        browser.signIn(teacher, PASSWORD);
        browser.waitFor(By.id("teacher-home"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openTheUploadPage() {
        browser.open("/teacher/documents/upload");
        browser.waitFor(By.tagName("vaadin-upload"));
    }

    @AfterEach
    void keepAScreenshot(TestInfo test) throws IOException {
        browser.saveScreenshot(test.getDisplayName());
        browser.assertNoPolicyViolations();
    }

    @Test
    void aThreeMegabytePdfIsImportedAndDrafted() throws IOException {
        byte[] pdf = TestPdf.withTextAndPicture(ActingAs.demoText(), 3 * MB);
        assertThat(pdf.length).isBetween(3 * MB, 4 * MB);

        browser.upload(write("Khojaly statement, scanned.pdf", pdf));

        WebElement outcome = waitForOutcome("Imported");
        assertThat(outcome.getText()).contains("to review").contains("A lesson was drafted from them");
        assertThat(browser.waitFor(By.id("import-open-lesson")).getText()).isEqualTo("Open the drafted lesson");
        DocumentSummary stored = newest();
        assertThat(fileName(stored)).isEqualTo("Khojaly statement, scanned.pdf");
        assertThat(as(teacher, Role.TEACHER, () -> items.citing(stored.id()))).as("drafts made from the PDF's text").isNotEmpty();
    }

    @Test
    void aFileWithANameOfMoreThanFourHundredBytesIsImported() {
        String name = "Xocalı soyqırımının iyirmi doqquzuncu ildönümü ilə bağlı bəyanat — ".repeat(5) + ".txt";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(400);

        chooseNamedFile(name, ActingAs.demoText());

        waitForOutcome("Imported");
        assertThat(fileName(newest())).as("stored under the name it came with, shortened to what the library shows")
                .startsWith("Xocalı soyqırımının").endsWith(".txt");
    }

    @Test
    void aDocumentJustOverTenMegabytesGetsTheAppsOwnMessageAndNothingIsStored() throws IOException {
        int before = myDocuments();
        byte[] tooLarge = new byte[10 * MB + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        browser.upload(write("too-large.txt", tooLarge));

        waitForOutcome("This file cannot be uploaded: only .txt, .md, .html, .pdf, .docx files of at most 10 MB are accepted.");
        assertThat(browser.driver.getPageSource()).doesNotContain("Upload forbidden");
        assertThat(myDocuments()).isEqualTo(before);
    }

    @Test
    void anItemImportJustOverFiveMegabytesGetsTheAppsOwnMessageAndNothingIsImported() throws IOException {
        browser.open("/teacher/bank/import");
        browser.waitFor(By.id("import-upload"));
        int before = as(teacher, Role.TEACHER, () -> items.myItems().size());
        byte[] tooLarge = new byte[5 * MB + 1];
        Arrays.fill(tooLarge, (byte) ' ');

        browser.upload(write("too-large.gift", tooLarge));

        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-summary"), "files of at most 5 MB are accepted. Nothing was imported."));
        assertThat(as(teacher, Role.TEACHER, () -> items.myItems().size())).isEqualTo(before);
    }


    /** A file the browser makes itself: a Linux file name cannot be longer than 255 bytes, a browser's can. */
    private static void chooseNamedFile(String name, String content) {
        WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
        browser.driver.executeScript("""
                const upload = arguments[0];
                const input = upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');
                const files = new DataTransfer();
                files.items.add(new File([arguments[2]], arguments[1], {type: 'text/plain'}));
                input.files = files.files;
                input.dispatchEvent(new Event('change', {bubbles: true}));
                """, upload, name, content);
    }

    private static WebElement waitForOutcome(String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE.multipliedBy(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-outcome"), text));
        return browser.waitFor(By.id("import-outcome"));
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempDirectory(Path.of("target"), "upload").resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private DocumentSummary newest() {
        return as(teacher, Role.TEACHER, () -> documents.myDocuments().stream()
                .max((a, b) -> a.updatedAt().compareTo(b.updatedAt())).orElseThrow());
    }

    private String fileName(DocumentSummary document) {
        return as(teacher, Role.TEACHER, () -> documents.versionHistory(document.id()).get(0).fileName());
    }

    private int myDocuments() {
        return as(teacher, Role.TEACHER, () -> documents.myDocuments().size());
    }

}

package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new teacher's first use, as someone without a manual goes: upload a 3 MB PDF, be told that a
 * lesson was drafted, review the drafts (the keyboard accepts and rejects), open the drafted lesson,
 * be warned before leaving it unsaved, publish it (each blocking item named with its fix), learn that
 * students see it only once it is assigned, make a class and assign the lesson. Chromium at 1366 x 900;
 * axe checks every page and dialog on the way. Drafted counts and prompts are not asserted: they are
 * the drafting engine's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TeacherFirstUseIT {

    private static final String PASSWORD = "first-use-password";
    private static Browser browser;

    @BeforeAll
    static void startBrowserAndCreateATeacher(@Autowired Environment environment, @Autowired AccountService accounts)
            throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        String teacher = "first-use-" + System.nanoTime() % 100_000;
        ActingAs.createAccount(accounts, teacher, "First Teacher", PASSWORD, Role.TEACHER);
        browser.resize(1366, 900);
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

    @AfterEach
    void keepAScreenshot(TestInfo test) throws IOException {
        browser.saveScreenshot(test.getDisplayName());
        browser.assertNoPolicyViolations();
    }

    @Test
    void aNewTeacherTurnsAThreeMegabytePdfIntoAnAssignedLesson() throws IOException {
        uploadAThreeMegabytePdf();
        readTheDocument();
        reviewTheDraftsWithTheKeyboard();
        openTheDraftedLessonAndBeWarnedBeforeLosingAnEdit();
        publishFixingWhatBlocksIt();
        assignToANewClass();
    }

    private void uploadAThreeMegabytePdf() throws IOException {
        browser.open("/teacher/documents/upload");
        Path file = Files.createTempDirectory(Path.of("target"), "first-use").resolve("Khojaly statement.pdf");
        Files.write(file, TestPdf.withTextAndPicture(ActingAs.demoText(), 3 * 1024 * 1024));
        browser.upload(file);
        new WebDriverWait(browser.driver, Browser.PATIENCE.multipliedBy(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-outcome"), "Imported"));
        assertThat(browser.waitFor(By.id("import-outcome")).getText())
                .contains("to review").contains("A lesson was drafted from them");
        assertThat(browser.waitFor(By.id("import-open-lesson")).getText()).isEqualTo("Open the drafted lesson");
        browser.saveScreenshot("first-use-uploaded");
    }

    private void readTheDocument() {
        String reader = browser.waitFor(By.xpath("//*[@id='import-links']//a[contains(., 'Read the document')]"))
                .getAttribute("href");
        String drafts = browser.waitFor(By.id("import-review-drafts")).getAttribute("href");
        browser.driver.get(reader);
        browser.waitFor(By.id("document-text"));
        browser.click(By.cssSelector("#document-text .documents-sentence"));
        assertThat(browser.waitFor(By.id("write-item")).getText()).isEqualTo("Write an item citing this sentence");
        browser.assertAccessibleOnce("a sentence chosen");
        browser.driver.get(drafts);
    }

    /** On a focused draft A accepts and R rejects, the focus moving on; then the rest are accepted at once. */
    private void reviewTheDraftsWithTheKeyboard() {
        browser.waitFor(By.id("draft-review"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".draft-row"));
        assertThat(rows).as("the upload gave drafts to review").isNotEmpty();
        int before = rows.size();
        browser.tabTo(".draft-row", 80);
        browser.press("a");
        waitForRows(before - 1);
        assertThat(browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Undo')]")).getText())
                .contains("accepted");
        browser.assertAccessibleOnce("a draft accepted");
        if (before > 1) {
            new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("the focus moved on to the next draft")
                    .until(driver -> browser.focusIsWithin(".draft-row"));
            browser.press("r");
            waitForRows(before - 2);
        }
        browser.saveScreenshot("first-use-drafts");
        browser.click(By.id("drafts-accept-all"));
        waitForRows(0);
    }

    private void waitForRows(int count) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage(count + " drafts left")
                .until(driver -> driver.findElements(By.cssSelector(".draft-row")).size() == Math.max(0, count));
    }

    private void openTheDraftedLessonAndBeWarnedBeforeLosingAnEdit() {
        browser.click(By.cssSelector("#drafts-lessons a"));
        WebElement title = browser.waitFor(By.cssSelector("#lesson-title input"));
        title.sendKeys(Keys.END, " (first try)");

        browser.click(By.cssSelector("vaadin-side-nav-item[path='teacher/documents']"));
        assertThat(browser.waitFor(By.cssSelector("vaadin-dialog-overlay .confirmation-text")).getText())
                .contains("changes that are not saved");
        browser.assertAccessibleOnce("leave dialog");
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("leaving would lose the edit: the focus starts on Stay")
                .until(driver -> browser.focusIsWithin(".confirmation-cancel"));
        browser.click(By.cssSelector("vaadin-dialog-overlay .confirmation-cancel"));
        assertThat(browser.waitFor(By.cssSelector("#lesson-title input")).getAttribute("value")).endsWith(" (first try)");
        browser.click(By.id("save-lesson"));
        browser.awaitIdle();
    }

    /** Publishes; while something blocks it, the refusal names it with a fix, and the fix is taken. */
    private void publishFixingWhatBlocksIt() throws IOException {
        browser.click(By.id("publish-lesson"));
        browser.awaitIdle();
        if (!browser.driver.findElements(By.id("publish-again")).isEmpty()) {
            browser.assertAccessibleOnce("publish refused");
            browser.saveScreenshot("first-use-publish-refused");
            for (int fix = 0; fix < 50 && !refusalSaysFixed(); fix++) {
                browser.click(By.cssSelector("vaadin-dialog-overlay .blocker-fixes vaadin-button, "
                        + "vaadin-dialog-overlay .publish-blocker vaadin-button"));
                browser.awaitIdle();
            }
            browser.click(By.id("publish-again"));
        }
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("lesson-status"), "Published"));
        WebElement notice = browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Lesson published')]"));
        assertThat(notice.getText()).contains("Students see it only once it is assigned to their class")
                .doesNotContain("can see it now");
        assertThat(browser.waitFor(By.id("lesson-publish-state")).getText()).contains("not assigned to any class");
        browser.assertAccessibleOnce("published");
    }

    private boolean refusalSaysFixed() {
        return browser.driver.findElements(By.tagName("vaadin-dialog-overlay")).stream()
                .anyMatch(overlay -> overlay.getText().contains("Nothing blocks publication any more."));
    }

    private void assignToANewClass() {
        String lesson = browser.driver.getCurrentUrl();
        browser.click(By.xpath("//vaadin-notification-card//vaadin-button[contains(., 'Assign to a class')]"));
        WebElement dialog = browser.waitFor(By.tagName("vaadin-dialog-overlay"));
        assertThat(dialog.getText()).contains("You have no class yet");
        browser.assertAccessibleOnce("assign without classes");
        browser.click(By.id("assign-make-class"));
        browser.waitFor(By.cssSelector("#new-class-name input")).sendKeys("Class 7A");
        browser.click(By.id("create-class"));
        browser.waitFor(By.id("class-name"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("the class page is titled by the class's name")
                .until(ExpectedConditions.titleIs("Class 7A"));
        assertThat(browser.driver.getCurrentUrl()).as("the address follows the pages after 'Stay' in the leave dialog")
                .contains("/teacher/classes/");

        browser.driver.get(lesson);
        browser.click(By.id("assign-lesson"));
        browser.waitFor(By.id("assign-lesson-confirm"));
        browser.assertAccessibleOnce("assign dialog");
        browser.click(By.id("assign-lesson-confirm"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lesson-publish-state"), "The students of Class 7A see it"));
        browser.saveScreenshot("first-use-assigned");
    }

}

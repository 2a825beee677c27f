package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
import org.sourcebook.account.NewAccount;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * A teacher's whole path in a real browser: upload the demo statement, wait for its drafts, accept
 * some, build a lesson with a fact-card deck and a quiz from them, preview it and publish it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TeacherWorkflowIT {

    private static final String PASSWORD = "workflow-password";
    private static Browser browser;
    private static String teacher;

    @BeforeAll
    static void startBrowserAndCreateATeacher(@Autowired Environment environment, @Autowired AccountService accounts)
            throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        teacher = "workflow-" + System.nanoTime() % 100_000;
        var admin = UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        SecurityContextHolder.setContext(new SecurityContextImpl(admin));
        try {
            accounts.createAccount(new NewAccount(Username.of(teacher), "Workflow Teacher", PASSWORD, Set.of(Role.TEACHER)));
        } finally {
            SecurityContextHolder.clearContext();
        }
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
    void aTeacherTurnsAnUploadedDocumentIntoAPublishedLesson() throws IOException {
        browser.forgetVisitor();
        browser.signIn(teacher, PASSWORD);
        browser.waitFor(By.id("teacher-home"));

        uploadTheDemoStatement();
        browser.click(By.xpath("//*[@id='import-links']//a[contains(., 'Review the drafts')]"));
        acceptSomeDraftsThenTheRest();

        browser.open("/teacher/lessons");
        browser.click(By.id("new-lesson"));
        WebElement title = browser.waitFor(By.cssSelector("#lesson-title input"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Khojaly: the statement as a source", Keys.TAB);
        browser.click(By.id("add-fact-card-deck"));
        pickItems(0, "");
        browser.click(By.id("add-quiz"));
        pickItems(1, "main purpose");
        browser.click(By.id("save-lesson"));
        browser.saveScreenshot("workflow-lesson-editor");

        browser.click(By.id("preview-lesson"));
        WebElement preview = browser.waitFor(By.tagName("vaadin-dialog-overlay"));
        assertThat(preview.getText()).contains("Khojaly: the statement as a source").contains("What is the main purpose of this statement?");
        browser.saveScreenshot("workflow-preview");
        preview.sendKeys(Keys.ESCAPE);

        browser.click(By.id("publish-lesson"));
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.textToBe(By.id("lesson-status"), "Published"));
        assertThat(browser.driver.findElements(By.id("publish-lesson"))).allMatch(button -> !button.isDisplayed());
        browser.saveScreenshot("workflow-published");
    }

    private void uploadTheDemoStatement() throws IOException {
        Path file = Files.createTempDirectory(Path.of("target"), "upload").resolve("khojaly-statement.txt");
        try (InputStream demo = getClass().getClassLoader().getResourceAsStream("demo/khojaly-29th-anniversary.txt")) {
            Files.write(file, demo.readAllBytes());
        }
        browser.open("/teacher/documents/upload");
        WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) browser.driver.executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(By.xpath("//*[@id='import-links']//a[contains(., 'Review the drafts')]"));
        browser.saveScreenshot("workflow-imported");
    }

    private void acceptSomeDraftsThenTheRest() {
        browser.waitFor(By.id("drafts-summary"));
        browser.click(By.cssSelector(".draft-row .draft-accept"));
        browser.waitFor(By.tagName("vaadin-notification-card"));
        browser.click(By.id("drafts-accept-all"));
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(driver -> driver.findElements(By.cssSelector(".draft-row")).isEmpty());
    }

    /** Opens the {@code index}-th block's item picker, narrows it by {@code search}, ticks every row, applies. */
    private void pickItems(int index, String search) {
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(driver -> driver.findElements(By.cssSelector(".pick-items")).size() > index);
        browser.click(browser.driver.findElements(By.cssSelector(".pick-items")).get(index));
        WebElement overlay = browser.waitFor(By.tagName("vaadin-dialog-overlay"));
        if (!search.isEmpty()) {
            overlay.findElement(By.cssSelector("vaadin-text-field input")).sendKeys(search);
        }
        WebElement selectAll = browser.waitFor(By.cssSelector("vaadin-dialog-overlay vaadin-grid vaadin-checkbox"));
        browser.click(selectAll);
        browser.click(By.id("picker-apply"));
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(driver -> driver.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty());
    }
}

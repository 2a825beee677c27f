package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.source.RevisedText;
import org.sourcebook.ui.ReimportedLesson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Re-importing a changed document in a real browser, as a teacher and as a student see it: the
 * report, the flagged item's "why" panel and re-citing it with the new number, the same file again
 * (no change) and an unrelated file (held back, imported as a new document instead); a student
 * starting and resuming a quiz whose questions were all flagged, a held quiz, and an empty attempt
 * left from before, which no longer crashes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ReimportIT {

    private static final String PASSWORD = "reimport-password";

    @Autowired
    Environment environment;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.assertNoPolicyViolations();
            browser.quit();
        }
    }

    @Test
    void aTeacherReimportsAChangedDocumentSeesWhyAnItemWasFlaggedAndReCitesItWithTheNewNumber() throws IOException {
        String teacher = account("reimporter", Role.TEACHER);
        ReimportedLesson lesson = ReimportedLesson.publish(context, teacher, account("pupil", Role.STUDENT),
                QuizSettings.DEFAULTS);
        browser = signedIn(teacher, "teacher-home");

        browser.open("/teacher/documents");
        browser.click(By.xpath("//vaadin-button[contains(., 'Versions')]"));
        upload("khojaly-v2.txt", RevisedText.V2);
        waitForText("versions-outcome", "Stored version 2. Items moved to it: 0. Newly flagged for review: 3. Still "
                + "waiting for review from before: 0. Left as they were (rejected, or kept on their version by you): 0.");
        assertThat(browser.waitFor(By.id("versions-affected-lessons")).getText())
                .contains(ReimportedLesson.TITLE + " (Published)");
        browser.saveScreenshot("reimport-report");

        upload("khojaly-v2-again.txt", RevisedText.V2);
        waitForText("versions-outcome", "This file holds the same text as version 2: nothing was stored and no item changed.");

        upload("water-cycle.txt", RevisedText.UNRELATED);
        assertThat(browser.waitFor(By.id("reimport-warning-text")).getText()).startsWith("Only 0% of the text of version 2");
        browser.saveScreenshot("reimport-unrelated-warning");
        browser.click(By.id("reimport-as-new"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textMatches(By.id("versions-outcome"),
                Pattern.compile("Imported “[^”]+” as a new document and drafted \\d+ new items\\. "
                        + "This document is unchanged\\.")));

        browser.open("/teacher/items/" + lesson.wounded().id().value());
        WebElement panel = browser.waitFor(By.id("item-review"));
        assertThat(panel.getText()).contains("The passage this item cites was changed in version 2 of “Khojaly”.",
                "Cited now (version 1)", "In its place now (version 2)", "Also change the answer: 620 people → 780 people");
        assertThat(panel.findElement(By.cssSelector(".review-old del")).getText()).isEqualTo("620");
        assertThat(panel.findElement(By.cssSelector(".review-new ins")).getText()).isEqualTo("780");
        browser.saveScreenshot("reimport-why-panel");
        browser.assertFitsAPhone("reimport-why-panel");
        browser.click(By.id("review-recite"));
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.textMatches(By.id("item-status"), Pattern.compile("Status: Accepted.*")));
        assertThat(browser.driver.findElements(By.id("item-review"))).isEmpty();
        assertThat(browser.waitFor(By.cssSelector("#numeric-value input")).getDomProperty("value")).isEqualTo("780");

        browser.open("/teacher");
        assertThat(browser.waitFor(By.id("teacher-lessons-in-review")).getText())
                .contains(ReimportedLesson.TITLE + ": items to review: 2");
    }

    @Test
    void aStudentStartsAndResumesAQuizWhoseQuestionsWereAllFlaggedAndAnEmptyAttemptNoLongerCrashes() throws IOException {
        String student = account("learner", Role.STUDENT);
        ReimportedLesson served = ReimportedLesson.reimported(context, account("teacher", Role.TEACHER), student,
                QuizSettings.DEFAULTS);
        ReimportedLesson held = ReimportedLesson.reimported(context, account("teacher", Role.TEACHER), student,
                QuizSettings.DEFAULTS.withFlaggedQuestions(FlaggedQuestions.HOLD_QUIZ));
        browser = signedIn(student, "student-home");
        AttemptId empty = emptyAttempt(student, served);

        browser.open("/student/attempts/" + empty);
        assertThat(browser.waitFor(By.id("attempt-set-aside")).getText())
                .startsWith("This attempt had no questions, so it has been set aside");
        assertThat(browser.driver.getPageSource()).doesNotContain("There was an exception");
        browser.saveScreenshot("reimport-empty-attempt");

        browser.click(By.id("back-to-lesson"));
        WebElement quiz = browser.waitFor(By.id("quiz-" + served.quiz()));
        assertThat(quiz.getText()).contains("Questions: 2").doesNotContain("in progress");
        browser.click(By.cssSelector("#quiz-" + served.quiz() + " .quiz-start"));
        waitForText("quiz-progress", "0 of 2 answered");
        browser.waitFor(By.id("question-1"));

        browser.open("/student/lessons/" + served.lesson());
        browser.click(By.xpath("//vaadin-button[contains(., 'Resume attempt')]"));
        waitForText("quiz-progress", "0 of 2 answered");
        browser.saveScreenshot("reimport-flagged-quiz-resumed");

        browser.open("/student/lessons/" + held.lesson());
        WebElement heldQuiz = browser.waitFor(By.id("quiz-" + held.quiz()));
        assertThat(heldQuiz.getText()).contains("Your teacher is checking this quiz's questions because its source changed.");
        assertThat(heldQuiz.findElement(By.cssSelector(".quiz-start")).getDomAttribute("disabled")).isNotNull();
        browser.saveScreenshot("reimport-held-quiz");
    }

    private String account(String prefix, Role role) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000;
        as("test-admin", Role.ADMIN, () -> accounts.createAccount(
                new NewAccount(Username.of(username), "Re-import " + prefix, PASSWORD, Set.of(role))));
        return username;
    }

    private Browser signedIn(String username, String home) throws IOException {
        Browser started = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        started.forgetVisitor();
        started.signIn(username, PASSWORD);
        started.waitFor(By.id(home));
        return started;
    }

    /** Chooses a file holding {@code text} in the upload of the versions dialog. */
    private void upload(String name, String text) throws IOException {
        Path file = Files.createTempDirectory(Path.of("target"), "reimport").resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        WebElement input = (WebElement) browser.driver.executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBe(By.id(id), text));
    }

    /** A running attempt without questions, as the quiz page started them before such starts were refused. */
    private AttemptId emptyAttempt(String student, ReimportedLesson lesson) {
        AttemptId id = AttemptId.random();
        long studentId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, student);
        jdbc.update("insert into quiz_attempt (id, student_id, lesson_id, quiz_block_id, attempt_number, question_ids,"
                + " questions, settings, shuffle_seed, started_at, last_sequence, max_marks)"
                + " values (?, ?, ?, ?, 1, '', '[]', '{}', 0, ?, 0, 0)", id.value(), studentId, lesson.lesson().value(),
                lesson.quiz().value(), Timestamp.from(Instant.now()));
        return id;
    }
}

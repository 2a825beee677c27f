package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.student.StudentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A student's first quiz with the keyboard only, in Chromium at 1366 x 900: the skip link, the
 * lesson, the quiz (the focus follows Next and the jump bar to the new question), the submit dialog
 * (the focus starts on "Keep working" while questions are unanswered), the review as the student saw
 * the questions. Then the same quiz on a 390 x 844 touch screen: every control at least 44 px high,
 * no keyboard hints. axe checks every page and the dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StudentKeyboardIT {

    private static final String PASSWORD = "keyboard-password";
    private static final int MAX_TABS = 80;

    @Autowired
    Environment environment;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    private Browser browser;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.saveScreenshot("student-keyboard-last");
            browser.assertNoPolicyViolations();
            browser.quit();
        }
    }

    @Test
    void aStudentTakesTheQuizWithTheKeyboardOnlyThenOnAPhone() throws IOException {
        String student = "keyboard-" + System.nanoTime() % 100_000;
        ActingAs.createAccount(accounts, student, "Keyboard Student", PASSWORD, Role.STUDENT);
        StudentFixtures.enrol(context, student);
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        browser.resize(1366, 900);
        browser.forgetVisitor();
        browser.signIn(student, PASSWORD);
        browser.waitFor(By.id("student-home"));

        skipToTheContent();
        openTheDemoLessonAndStartItsQuiz();
        answerByKeyboardFollowingTheFocus();
        submitOnlyAfterTheDialogStartedOnKeepWorking();
        readTheReview();
        tryAgainOnAPhone();
    }

    /** The first Tab reaches "Skip to the main content", shown; Enter puts the focus in the page's content. */
    private void skipToTheContent() {
        browser.awaitIdle();
        browser.press(Keys.TAB);
        assertThat(browser.focusIsWithin("#skip-to-content")).as("the first Tab stop is the skip link, focus on %s",
                browser.describeFocus()).isTrue();
        WebElement skip = browser.driver.findElement(By.id("skip-to-content"));
        assertThat(skip.getText()).isEqualTo("Skip to the main content");
        assertThat(skip.getRect().getX()).as("visible once focused").isGreaterThanOrEqualTo(0);
        browser.press(Keys.ENTER);
        assertThat(browser.focusIsWithin("#student-home")).as("focus on %s", browser.describeFocus()).isTrue();
    }

    private void openTheDemoLessonAndStartItsQuiz() {
        browser.tabTo("#my-lessons a", MAX_TABS);
        browser.press(Keys.ENTER);
        browser.waitFor(By.id("lesson-player"));
        browser.tabTo(".quiz-start", MAX_TABS * 2);
        browser.press(Keys.ENTER);
        browser.waitFor(By.id("quiz-attempt"));
        browser.waitFor(By.id("question-1"));
    }

    /** Answers question 1, goes on with Next, answers question 2, jumps to question 4: the focus lands on each new question. */
    private void answerByKeyboardFollowingTheFocus() {
        answerTheQuestionOnScreen(1);
        browser.tabTo("#next-question", MAX_TABS);
        browser.press(Keys.ENTER);
        assertFocusOnQuestion(2);
        answerTheQuestionOnScreen(2);
        browser.tabTo("#jump-4", MAX_TABS);
        browser.press(Keys.ENTER);
        assertFocusOnQuestion(4);
    }

    private void assertFocusOnQuestion(int number) {
        browser.waitFor(By.id("question-" + number));
        browser.awaitIdle();
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .withMessage("after moving, the focus is on question " + number + "'s heading")
                .until(driver -> browser.focusIsWithin("#question-" + number + " .quiz-question-heading"));
    }

    /** Gives an answer with the keyboard: Space on an option, or typing into the first field; other kinds are left. */
    private void answerTheQuestionOnScreen(int number) {
        String card = "#question-" + number;
        WebElement question = browser.waitFor(By.id("question-" + number));
        if (!question.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).isEmpty()) {
            browser.tabTo(card + " vaadin-radio-button, " + card + " vaadin-checkbox", MAX_TABS);
            browser.press(Keys.SPACE);
        } else if (!question.findElements(By.cssSelector("vaadin-text-field")).isEmpty()) {
            browser.tabTo(card + " vaadin-text-field", MAX_TABS);
            browser.press("1992", Keys.TAB);
        } else {
            return;
        }
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Saved"));
    }

    private void submitOnlyAfterTheDialogStartedOnKeepWorking() throws IOException {
        browser.tabTo("#submit-attempt", MAX_TABS);
        browser.press(Keys.ENTER);
        browser.waitFor(By.id("submit-dialog-text"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("the dialog starts on Keep working")
                .until(driver -> browser.focusIsWithin("#submit-cancel"));
        assertThat(browser.waitFor(By.id("submit-dialog-text")).getText()).contains("are unanswered");
        browser.assertAccessibleOnce("submit dialog");
        browser.saveScreenshot("student-keyboard-submit-dialog");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("Enter kept the student answering")
                .until(driver -> driver.findElements(By.id("submit-dialog-text")).isEmpty());

        browser.tabTo("#submit-attempt", MAX_TABS);
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> browser.focusIsWithin("#submit-cancel"));
        browser.press(Keys.TAB);
        assertThat(browser.focusIsWithin("#submit-confirm")).as("focus on %s", browser.describeFocus()).isTrue();
        browser.press(Keys.ENTER);
        browser.waitFor(By.id("attempt-score"));
    }

    private void readTheReview() throws IOException {
        String review = browser.waitFor(By.id("attempt-review")).getText();
        assertThat(review).contains("Score:").doesNotContain("{{", "}}", "A) ", "B) ", "C) ");
        browser.saveScreenshot("student-keyboard-review");
    }

    /** A new attempt on a phone-sized touch screen: what one taps is at least 44 px high, and no key hints show. */
    private void tryAgainOnAPhone() throws IOException {
        browser.resize(390, 844);
        browser.click(By.id("try-again"));
        browser.waitFor(By.id("question-1"));
        browser.emulateTouchScreen(true);
        browser.awaitIdle();
        List<WebElement> targets = browser.driver.findElements(By.cssSelector(
                "#question-jump button, #next-question, #previous-question, #submit-attempt, "
                        + "#question-1 vaadin-radio-button, #question-1 vaadin-checkbox"));
        assertThat(targets).isNotEmpty();
        for (WebElement target : targets) {
            Dimension size = browser.renderedSize(target);
            assertThat(size.getHeight()).as("height of %s", target.getAttribute("id") + " " + target.getTagName())
                    .isGreaterThanOrEqualTo(44);
        }
        browser.saveScreenshot("student-keyboard-phone-quiz");
        browser.open("/student/review");
        WebElement hint = new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("review-keys")));
        browser.awaitIdle();
        assertThat(hint.isDisplayed()).as("no keyboard hint on a touch screen").isFalse();
        browser.assertAccessibleOnce("phone");
        browser.emulateTouchScreen(false);
    }
}

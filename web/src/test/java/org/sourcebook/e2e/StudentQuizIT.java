package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.PublishedLessonSummary;
import org.sourcebook.ui.student.StudentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A student answers half of the demo quiz in a real browser, closes the browser, signs in again
 * in a new one, finds the answers kept, submits and sees the score. The attempt is started
 * through the service (the lesson page is not part of this test), then everything happens in the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StudentQuizIT {

    private static final String PASSWORD = "student-password";
    /** Part of the demo lesson's title (the drafting engine words the rest). */
    private static final String DEMO_LESSON = "29th anniversary of the Khojaly massacre";

    @Autowired
    Environment environment;

    @Autowired
    AccountService accounts;

    @Autowired
    PublishedLessonService lessons;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    ApplicationContext context;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void answersSurviveClosingTheBrowserAndTheSubmittedAttemptShowsItsScore() throws IOException {
        String student = "quiz-student-" + System.nanoTime() % 100_000;
        as("test-admin", Role.ADMIN, () -> accounts.createAccount(
                new NewAccount(Username.of(student), "Quiz Student", PASSWORD, Set.of(Role.STUDENT))));
        StudentFixtures.enrol(context, student);
        QuizAttempt attempt = as(student, Role.STUDENT, this::startTheDemoQuiz);
        int questions = attempt.questions().size();
        String address = "/student/attempts/" + attempt.id();

        browser = signedInBrowser(student);
        browser.open(address);
        browser.waitFor(By.id("quiz-attempt"));
        waitForText("quiz-progress", "0 of " + questions + " answered");
        int half = questions / 2;
        int answered = 0;
        for (int number = 1; number <= questions && answered < half; number++) {
            if (number > 1) { // the first question is on screen already; a click would draw it anew under our feet
                browser.click(By.id("jump-" + number));
            }
            browser.waitFor(By.id("question-" + number));
            if (answer(number)) {
                answered++;
                waitForText("quiz-progress", answered + " of " + questions + " answered");
                waitForText("save-status", "Saved");
            }
        }
        assertThat(answered).isEqualTo(half);
        browser.saveScreenshot("student-quiz-answered-half");
        browser.assertNoPolicyViolations();
        browser.quit(); // a real close: the browser process ends, its session cookie with it
        browser = null;

        browser = signedInBrowser(student);
        browser.open(address);
        waitForText("quiz-progress", half + " of " + questions + " answered");
        assertThat(browser.driver.findElements(By.cssSelector("#question-jump button.answered"))).hasSize(half);
        new WebDriverWait(browser.driver, Browser.PATIENCE).ignoring(StaleElementReferenceException.class)
                .withMessage("the first question shows its saved answer")
                .until(driver -> isAnswered(driver.findElement(By.id("question-1"))));
        browser.saveScreenshot("student-quiz-resumed");
        browser.driver.manage().window().setSize(new Dimension(400, 800));
        browser.saveScreenshot("student-quiz-phone");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));

        browser.click(By.id("submit-attempt"));
        WebElement confirm = browser.waitFor(By.id("submit-dialog-text"));
        assertThat(confirm.getText()).contains("are unanswered");
        browser.saveScreenshot("student-quiz-confirm");
        browser.click(By.id("submit-confirm"));
        WebElement score = browser.waitFor(By.id("attempt-score"));
        assertThat(score.getText()).contains("Score:").contains("of " + questions);
        browser.saveScreenshot("student-quiz-review");
        browser.assertNoPolicyViolations();
    }

    private QuizAttempt startTheDemoQuiz() {
        PublishedLessonSummary demo = lessons.openLessons().stream()
                .filter(lesson -> lesson.title().contains(DEMO_LESSON))
                .min(Comparator.comparing(PublishedLessonSummary::updatedAt))
                .orElseThrow();
        PublishedLesson lesson = lessons.open(demo.id());
        Quiz quiz = lesson.quizzes().get(0);
        return attempts.startOrResume(demo.id(), quiz.id());
    }

    private Browser signedInBrowser(String student) throws IOException {
        Browser started = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        started.forgetVisitor();
        started.signIn(student, PASSWORD);
        started.waitFor(By.id("student-home"));
        return started;
    }

    /** Gives some answer to the question on screen; false for a kind this test leaves alone. */
    private boolean answer(int number) {
        WebElement card = browser.waitFor(By.id("question-" + number));
        List<WebElement> radios = card.findElements(By.cssSelector("vaadin-radio-button"));
        List<WebElement> checkboxes = card.findElements(By.cssSelector("vaadin-checkbox"));
        List<WebElement> fields = card.findElements(By.cssSelector("vaadin-text-field input"));
        List<WebElement> moves = card.findElements(By.cssSelector(".ordering vaadin-button"));
        if (!radios.isEmpty()) {
            browser.click(radios.get(0));
        } else if (!checkboxes.isEmpty()) {
            browser.click(checkboxes.get(0));
        } else if (!fields.isEmpty()) {
            for (WebElement field : fields) {
                field.sendKeys("1613");
            }
        } else if (moves.size() > 1) {
            browser.click(moves.get(1));
        } else {
            return false;
        }
        return true;
    }

    private static boolean isAnswered(WebElement card) {
        return !card.findElements(By.cssSelector("vaadin-radio-button[checked], vaadin-checkbox[checked]")).isEmpty()
                || card.findElements(By.cssSelector("vaadin-text-field input")).stream()
                        .anyMatch(input -> !input.getAttribute("value").isEmpty())
                || !card.findElements(By.cssSelector(".ordering")).isEmpty();
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBe(By.id(id), text));
    }
}

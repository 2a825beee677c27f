package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.ui.student.StudentFixtures;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.PublishedLessonService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A student on a phone-sized window (400 px) reviews fact cards with the keyboard in a real
 * browser: Space shows the answer, a number key rates, and Space on a focused rating button rates
 * once without also turning the next card. Screenshots of the student pages land in
 * web/target/e2e-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StudentReviewIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser(@Autowired Environment environment) throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        browser.driver.manage().window().setSize(new Dimension(400, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentReviewsCardsWithTheKeyboardOnAPhoneSizedWindow(@Autowired AccountService accounts,
            @Autowired PublishedLessonService lessons, @Autowired QuizAttemptService attempts,
            @Autowired ApplicationContext context) throws IOException {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "it-admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        accounts.createAccount(new NewAccount(Username.of("phone-learner"), "Phone learner", "phone-learner-pw",
                Set.of(Role.STUDENT)));
        SecurityContextHolder.clearContext();
        StudentFixtures.enrol(context, "phone-learner");
        browser.forgetVisitor();
        browser.signIn("phone-learner", "phone-learner-pw");
        browser.waitFor(By.id("student-home"));
        browser.saveScreenshot("student-home-400");
        browser.click(By.cssSelector("#my-lessons a"));
        browser.waitFor(By.id("lesson-player"));
        browser.saveScreenshot("lesson-player-400");

        browser.open("/student/review");
        String first = browser.waitFor(By.id("review-front")).getText();
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.waitFor(By.id("review-back"));
        browser.saveScreenshot("card-review-400");
        WebElement good = browser.waitFor(By.cssSelector(".rate-good"));
        browser.driver.executeScript("arguments[0].focus()", good);
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();

        wait(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("review-front"), first)));
        String second = browser.waitFor(By.id("review-front")).getText();
        browser.awaitIdle();
        assertThat(browser.driver.findElements(By.id("review-back"))).allMatch(back -> !back.isDisplayed());
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.waitFor(By.id("review-back"));
        new Actions(browser.driver).sendKeys("3").perform();
        wait(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("review-front"), second)));

        submitTwoAttemptsAtTheFirstQuiz(lessons, attempts);
        browser.open("/student/progress");
        browser.waitFor(By.id("student-progress"));
        browser.saveScreenshot("progress-400");
    }

    /** As the student, through the services: the progress page then has scores to chart. */
    private static void submitTwoAttemptsAtTheFirstQuiz(PublishedLessonService lessons, QuizAttemptService attempts) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "phone-learner", null, List.of(new SimpleGrantedAuthority(Role.STUDENT.authority()))));
        try {
            LessonId lesson = lessons.openLessons().get(0).id();
            BlockId quiz = lessons.open(lesson).quizzes().get(0).id();
            for (int i = 0; i < 2; i++) {
                attempts.submit(attempts.startOrResume(lesson, quiz).id());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(condition);
    }
}

package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Smoke test in a real browser (Debian's Chromium, headless): each demo account signs in, sees
 * its home, signs out; a student opening a teacher address sees "access denied". Needs
 * {@code apt-get install -y chromium chromium-driver}; nothing is downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LoginSmokeIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser(@Autowired Environment environment) throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetPreviousVisitor() {
        browser.forgetVisitor();
    }

    @AfterEach
    void keepAScreenshot(TestInfo test) throws IOException {
        browser.saveScreenshot(test.getDisplayName());
        browser.assertNoPolicyViolations();
    }

    @ParameterizedTest(name = "{0} signs in, lands on /{2}, signs out")
    @CsvSource({"admin, admin-demo, admin", "teacher, teacher-demo, teacher", "student, student-demo, student"})
    void eachDemoAccountSignsInSeesItsHomeAndSignsOut(String username, String password, String home)
            throws IOException {
        browser.open("/");
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        String sessionBefore = browser.sessionId();

        signIn(username, password);

        waitFor(By.id(home + "-home"));
        browser.saveScreenshot(home + "-home");
        assertThat(browser.driver.getCurrentUrl()).contains("/" + home);
        assertThat(browser.sessionId()).as("session id changes at login").isNotEqualTo(sessionBefore);

        browser.signOut();

        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        browser.open("/" + home);
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        assertThat(browser.driver.getCurrentUrl()).as("the old session no longer opens the home").contains("/login");
    }

    @Test
    void aDeepLinkOpenedBeforeSigningInOpensAfterwards() {
        browser.open("/student");

        signIn("student", "student-demo");

        waitFor(By.id("student-home"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(url("/student"));
    }

    @Test
    void aStudentOpeningATeacherAddressSeesAccessDenied() {
        browser.open("/login");
        signIn("student", "student-demo");
        waitFor(By.id("student-home"));

        browser.open("/teacher");

        WebElement denied = waitFor(By.id("access-denied"));
        assertThat(denied.getText()).contains("Access denied");
    }

    @Test
    void aWrongPasswordShowsAMessageAndKeepsTheVisitorOnTheLoginPage() {
        browser.open("/login");

        signIn("teacher", "not-the-password");

        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(waitFor(By.tagName("vaadin-login-form")).getText()).contains("Incorrect username or password");
    }

    private WebElement waitFor(By locator) {
        return browser.waitFor(locator);
    }

    private void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    private String url(String path) {
        return browser.url(path);
    }
}

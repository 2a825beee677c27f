package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Smoke test in a real browser (Debian's Chromium, headless): each demo account signs in, sees
 * its home, signs out; a student opening a teacher address sees "access denied". Needs
 * {@code apt-get install -y chromium chromium-driver}; nothing is downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LoginSmokeIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("sourcebook.e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("sourcebook.e2e.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and ChromeDriver at %s and %s; install them: apt-get install -y chromium chromium-driver",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetPreviousVisitor() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void keepAScreenshot(TestInfo test) throws IOException {
        saveScreenshot(test.getDisplayName());
    }

    @ParameterizedTest(name = "{0} signs in, lands on /{2}, signs out")
    @CsvSource({"admin, admin-demo, admin", "teacher, teacher-demo, teacher", "student, student-demo, student"})
    void eachDemoAccountSignsInSeesItsHomeAndSignsOut(String username, String password, String home)
            throws IOException {
        browser.get(url("/"));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        String sessionBefore = sessionId();

        signIn(username, password);

        waitFor(By.id(home + "-home"));
        saveScreenshot(home + "-home");
        assertThat(browser.getCurrentUrl()).contains("/" + home);
        assertThat(sessionId()).as("session id changes at login").isNotEqualTo(sessionBefore);

        signOut();

        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        browser.get(url("/" + home));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        assertThat(browser.getCurrentUrl()).as("the old session no longer opens the home").contains("/login");
    }

    @Test
    void aDeepLinkOpenedBeforeSigningInOpensAfterwards() {
        browser.get(url("/student"));

        signIn("student", "student-demo");

        waitFor(By.id("student-home"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/student"));
    }

    @Test
    void aStudentOpeningATeacherAddressSeesAccessDenied() {
        browser.get(url("/login"));
        signIn("student", "student-demo");
        waitFor(By.id("student-home"));

        browser.get(url("/teacher"));

        WebElement denied = waitFor(By.id("access-denied"));
        assertThat(denied.getText()).contains("Access denied");
    }

    @Test
    void aWrongPasswordShowsAMessageAndKeepsTheVisitorOnTheLoginPage() {
        browser.get(url("/login"));

        signIn("teacher", "not-the-password");

        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        assertThat(waitFor(By.tagName("vaadin-login-form")).getText()).contains("Incorrect username or password");
    }

    /** Screenshots land in web/target/e2e-screenshots, to look at what a person saw. */
    private static void saveScreenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "e2e-screenshots", name.replaceAll("[^A-Za-z0-9-]+", "_") + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void signIn(String username, String password) {
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        WebElement passwordField = waitFor(By.cssSelector("#vaadinLoginPassword input"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
    }

    private void signOut() {
        waitFor(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")).click();
        By signOutItem = By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]");
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.elementToBeClickable(signOutItem)).click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

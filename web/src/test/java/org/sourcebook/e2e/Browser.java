package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own ChromeDriver (never downloaded), with the waits
 * and sign-in steps the browser tests share.
 */
final class Browser {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path CHROMIUM = Path.of(System.getProperty("sourcebook.e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("sourcebook.e2e.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final int port;
    /** The pages (path and what was checked there) axe has looked at in this browser. */
    private final Set<String> checkedPages = new HashSet<>();

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static Browser start(int port) throws IOException {
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
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // the browser's time zone is the person's zone on every page: fixed, so times read the same on any machine
                .withEnvironment(java.util.Map.of("TZ", "UTC"))
                .build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    void quit() {
        driver.quit();
    }

    /**
     * Fails if the console reported a Content Security Policy violation since the last call: the
     * policy blocked something the app itself needs.
     */
    void assertNoPolicyViolations() {
        assertThat(policyViolations()).as("Content Security Policy violations in the browser console").isEmpty();
    }

    /** The console's reports of what the Content Security Policy refused, since the last look at the console. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    void open(String path) {
        driver.get(url(path));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Waits until {@code locator} shows; the first time a page (by its path) shows something, axe
     * checks it ({@link #assertAccessible}), so every page a browser test opens is checked once.
     */
    WebElement waitFor(By locator) {
        WebElement found = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
        if (checkedPages.add(currentPath())) {
            assertAccessible(currentPath());
            return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
        }
        return found;
    }

    /**
     * Fails on any serious or critical WCAG 2.1 A/AA violation axe finds on the page as it is now
     * (dialogs included), once the page has no request in flight; {@code what} names the state in
     * the failure message.
     */
    void assertAccessible(String what) {
        awaitIdle();
        List<String> violations = Accessibility.seriousViolations(driver);
        assertThat(violations).as("serious or critical accessibility violations on %s:%s", what,
                Accessibility.report(violations)).isEmpty();
    }

    /** Checks the page as it is now (a dialog open, say) once per {@code state} of the page at this path. */
    void assertAccessibleOnce(String state) {
        if (checkedPages.add(currentPath() + "#" + state)) {
            assertAccessible(currentPath() + " (" + state + ")");
        }
    }

    private String currentPath() {
        String url = driver.getCurrentUrl();
        int start = url.indexOf('/', url.indexOf("//") + 2);
        int end = url.indexOf('?');
        return start < 0 ? "/" : url.substring(start, end < 0 ? url.length() : end).replaceAll("[0-9a-f-]{36}", "{id}");
    }

    /** Waits until the page has no request to the server in flight. */
    void awaitIdle() {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(client => !client.isActive || !client.isActive())")));
    }

    /** Clicks {@code locator} once it can be clicked, scrolled to the middle of the window first. */
    void click(By locator) {
        click(new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator)));
    }

    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredByANotification) {
            driver.executeScript("arguments[0].click()", element);
        }
    }

    void signIn(String username, String password) {
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        WebElement passwordField = waitFor(By.cssSelector("#vaadinLoginPassword input"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
    }

    void signOut() {
        waitFor(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")).click();
        click(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]"));
    }

    /** Forgets the previous visitor: cookies of this site deleted, then a fresh login page. */
    void forgetVisitor() {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
    }

    String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    /** Sets the window to {@code width} x {@code height} CSS pixels (headless: the viewport is the window). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        new WebDriverWait(driver, PATIENCE).until(d -> Math.abs(((Number) driver.executeScript("return window.innerWidth")).intValue() - width) < 20);
    }

    /** How many CSS pixels the page itself is wider than the window: more than 0 means it scrolls sideways. */
    long horizontalOverflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** The texts of a grid's cells (header and rows the grid has rendered), joined by " | ". */
    String gridText(By grid) {
        return (String) driver.executeScript("return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(cell => cell.textContent.trim()).filter(text => text).join(' | ')", waitFor(grid));
    }

    /** A layout screenshot into web/target/screenshots, named after the page and the window width. */
    void saveLayoutShot(String name) throws IOException {
        long width = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + "-" + width + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * At 400 px wide (a phone), the page must not scroll sideways: screenshots at the present
     * width and at 400 px, the overflow checked, then the window put back to 1280 x 900.
     */
    void assertFitsAPhone(String name) throws IOException {
        saveLayoutShot(name);
        resize(400, 900);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(AssertionError.class)
                    .until(d -> horizontalOverflow() <= 0);
        } catch (org.openqa.selenium.TimeoutException stillTooWide) {
            // the assertion below says by how much
        }
        saveLayoutShot(name);
        assertThat(horizontalOverflow()).as("how far %s scrolls sideways at 400 px", name).isLessThanOrEqualTo(0);
        resize(1280, 900);
    }

    /** The element that has the keyboard focus, looked for inside shadow roots too. */
    WebElement focused() {
        return (WebElement) driver.executeScript("let element = document.activeElement;"
                + " while (element && element.shadowRoot && element.shadowRoot.activeElement) {"
                + " element = element.shadowRoot.activeElement; } return element;");
    }

    /** A short description of the focused element: tag, id, classes, text, for failure messages. */
    String describeFocus() {
        return (String) driver.executeScript("let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " return e ? e.tagName + '#' + e.id + '.' + e.className + ' \\'' + (e.textContent || '').trim().slice(0, 40) + '\\'' : 'none';");
    }

    /** Presses {@code keys} wherever the focus is, as a keyboard does. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Presses Tab until the focused element, or one of its ancestors (through shadow roots), matches
     * {@code selector}; fails after {@code maxPresses}. The way a keyboard user reaches a control.
     */
    WebElement tabTo(String selector, int maxPresses) {
        for (int press = 0; press < maxPresses; press++) {
            press(Keys.TAB);
            if (focusIsWithin(selector)) {
                return focused();
            }
        }
        throw new AssertionError("Tab did not reach " + selector + " in " + maxPresses + " presses; focus is on " + describeFocus());
    }

    boolean focusIsWithin(String selector) {
        return Boolean.TRUE.equals(driver.executeScript("let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {"
                + " if (n.matches && n.matches(arguments[0])) return true; } return false;", selector));
    }

    /**
     * Makes the page believe it is on a touch screen, as Chromium's device mode does: a touch screen,
     * so the media features say a finger (coarse pointer, no hover).
     */
    void emulateTouchScreen(boolean touch) {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", touch
                ? java.util.Map.of("enabled", true, "maxTouchPoints", 5) : java.util.Map.of("enabled", false));
    }

    /** The rendered height and width of {@code element}, in CSS pixels. */
    Dimension renderedSize(WebElement element) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> box = (java.util.Map<String, Number>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", element);
        return new Dimension(box.get("w").intValue(), box.get("h").intValue());
    }

    /** Chooses {@code file} in the page's (only) upload field. */
    void upload(Path file) {
        WebElement upload = waitFor(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) driver.executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Screenshots land in web/target/e2e-screenshots, to look at what a person saw. */
    void saveScreenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "e2e-screenshots", name.replaceAll("[^A-Za-z0-9-]+", "_") + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

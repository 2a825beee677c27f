package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo admin in a real browser: finds a user, creates one, resets their password (the temporary
 * password is shown once), disables them after a confirmation, imports two accounts from a CSV file
 * and reads the audit log, a failed sign-in given with its reason in words; the admin pages fit a
 * phone, and axe checks every page and dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AdminBrowserIT {

    private static Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    org.sourcebook.account.AccountService accounts;

    @org.springframework.beans.factory.annotation.Autowired
    org.sourcebook.audit.AuditLog auditLog;

    @BeforeAll
    static void signInAsTheDemoAdmin(@Autowired Environment environment) throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        browser.forgetVisitor();
        browser.signIn("admin", "admin-demo");
        browser.waitFor(By.id("admin-home"));
    }

    @org.junit.jupiter.api.AfterEach
    void keepAScreenshot(org.junit.jupiter.api.TestInfo test) {
        browser.saveScreenshot("admin-" + test.getDisplayName());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminCreatesAUserResetsTheirPasswordAndFindsBothInTheAuditLog() throws IOException {
        String username = "admin-it-" + System.nanoTime() % 100_000;
        browser.open("/admin/users");
        WebElement search = browser.waitFor(By.cssSelector("#user-search input"));
        search.sendKeys("teacher");
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("the search leaves the teacher only")
                .until(driver -> !browser.gridText(By.cssSelector("#admin-users vaadin-grid")).contains("| admin |"));
        assertThat(browser.gridText(By.cssSelector("#admin-users vaadin-grid"))).contains("| teacher |");
        browser.assertFitsAPhone("admin-users");

        browser.click(By.id("new-user"));
        browser.waitFor(By.cssSelector("#account-username input")).sendKeys(username);
        browser.waitFor(By.cssSelector("#account-name input")).sendKeys("Browser Made");
        browser.click(By.xpath("//vaadin-checkbox-group[@id='account-roles']//vaadin-checkbox[contains(., 'Student')]"));
        browser.assertAccessibleOnce("new user dialog");
        browser.saveLayoutShot("admin-new-user");
        browser.click(By.id("account-save"));
        WebElement created = browser.waitFor(By.cssSelector("#temporary-password input"));
        assertThat(created.getAttribute("value")).hasSizeGreaterThanOrEqualTo(8);
        browser.click(By.id("temporary-password-done"));

        search = browser.waitFor(By.cssSelector("#user-search input"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        waitUntilGridShows("users", "Browser Made");
        browser.click(By.id("reset-" + username));
        browser.click(By.cssSelector("vaadin-dialog-overlay .confirmation-confirm"));
        WebElement temporary = browser.waitFor(By.cssSelector("#temporary-password input"));
        assertThat(temporary.getAttribute("value")).hasSizeGreaterThanOrEqualTo(8);
        browser.saveLayoutShot("admin-temporary-password");
        browser.click(By.id("temporary-password-done"));
        waitUntilGridShows("users", "must change");

        browser.open("/admin/audit");
        browser.waitFor(By.cssSelector("#audit-user input")).sendKeys(username);
        waitUntilGridShows("audit", "Password reset");
        assertThat(browser.gridText(By.cssSelector("#admin-audit vaadin-grid")))
                .contains("Account created", "Password reset", "admin", username);
        browser.assertFitsAPhone("admin-audit");
    }

    @Test
    void theImportPageFitsAPhone() throws IOException {
        browser.open("/admin/users/import");
        browser.waitFor(By.tagName("vaadin-upload"));
        browser.assertFitsAPhone("admin-import");
    }

    @Test
    void disablingAnAccountAsksFirst() {
        String username = "disable-it-" + System.nanoTime() % 100_000;
        ActingAs.as("test-admin", org.sourcebook.content.account.Role.ADMIN, () -> accounts.createAccount(
                new org.sourcebook.account.NewAccount(org.sourcebook.content.account.Username.of(username), "To Disable",
                        "disable-it-password", java.util.Set.of(org.sourcebook.content.account.Role.STUDENT))));
        browser.open("/admin/users");
        browser.waitFor(By.cssSelector("#user-search input")).sendKeys(username);
        WebElement grid = browser.waitFor(By.cssSelector("#admin-users vaadin-grid"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("the search leaves the new user only")
                .until(driver -> Long.valueOf(1).equals(browser.driver.executeScript("return arguments[0].size", grid)));
        browser.awaitIdle();

        WebElement disable = new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> driver
                .findElements(By.id("disable-" + username)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.click(disable);
        WebElement confirm = browser.waitFor(By.cssSelector("vaadin-dialog-overlay .confirmation-text"));
        assertThat(confirm.getText()).contains("signed out at once");
        browser.assertAccessibleOnce("disable dialog");
        browser.click(By.cssSelector("vaadin-dialog-overlay .confirmation-confirm"));
        waitUntilGridShows("users", "Disabled");
    }

    @Test
    void twoAccountsAreImportedFromACsvFileAfterThePreview() throws IOException {
        String stem = "csv-it-" + System.nanoTime() % 100_000;
        java.nio.file.Path csv = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "import")
                .resolve("class-list.csv");
        java.nio.file.Files.writeString(csv, "username,firstname,lastname,role\n" + stem + "-a,Aysel,Mammadova,student\n"
                + stem + "-b,Rauf,Aliyev,student\n");
        browser.open("/admin/users/import");
        browser.upload(csv);
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-message"), "2 rows: 2 ready to import, 0 with problems"));
        browser.assertAccessibleOnce("preview");
        browser.click(By.id("import-valid"));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay .confirmation-text"));
        browser.assertAccessibleOnce("confirm import");
        browser.click(By.cssSelector("vaadin-dialog-overlay .confirmation-confirm"));
        new WebDriverWait(browser.driver, Browser.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-message"), "Created 2 accounts."));
        browser.assertAccessibleOnce("imported");
    }

    @Test
    void aFailedSignInIsExplainedInWords() {
        String username = "mistyped-" + System.nanoTime() % 100_000;
        auditLog.recordAs(null, org.sourcebook.audit.AuditKind.LOGIN_FAILED, username, "BadCredentialsException");
        browser.open("/admin/audit");
        browser.waitFor(By.cssSelector("#audit-user input")).sendKeys(username);
        waitUntilGridShows("audit", "Wrong username or password");
        assertThat(browser.gridText(By.cssSelector("#admin-audit vaadin-grid"))).doesNotContain("Exception");
    }

    private static void waitUntilGridShows(String page, String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage(page + " grid shows " + text)
                .until(driver -> browser.gridText(By.cssSelector("#admin-" + page + " vaadin-grid")).contains(text));
    }
}

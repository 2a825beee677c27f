package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo admin in a real browser: finds a user, creates one, resets their password (the temporary
 * password is shown once) and finds both events in the audit log; the admin pages fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AdminBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void signInAsTheDemoAdmin(@Autowired Environment environment) throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
        browser.forgetVisitor();
        browser.signIn("admin", "admin-demo");
        browser.waitFor(By.id("admin-home"));
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
        browser.click(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "#confirm-reset vaadin-button[slot='confirm-button']"));
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

    private static void waitUntilGridShows(String page, String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage(page + " grid shows " + text)
                .until(driver -> browser.gridText(By.cssSelector("#admin-" + page + " vaadin-grid")).contains(text));
    }
}

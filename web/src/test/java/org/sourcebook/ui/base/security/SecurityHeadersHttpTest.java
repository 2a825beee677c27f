package org.sourcebook.ui.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.ui.HttpVisitor;
import org.sourcebook.ui.KaribuTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The protective headers over real HTTP, on the login page, a signed-in view and a script file. */
class SecurityHeadersHttpTest extends KaribuTest {

    private static final Pattern SCRIPT_SOURCE = Pattern.compile("<script[^>]*\\ssrc=\"(?:\\./|/)?([^\"]+)\"");

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    private HttpVisitor browser;

    @BeforeEach
    void newBrowser() {
        browser = new HttpVisitor(port);
    }

    @Test
    void theLoginPageCarriesEveryHeader() throws Exception {
        HttpResponse<String> login = browser.get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertProtectedPage(login);
    }

    @Test
    void theIconBrowsersAskEveryPageForIsThereForEveryone() throws Exception {
        HttpResponse<String> icon = browser.get("/favicon.ico");

        assertThat(icon.statusCode()).as("no 404 in every page's console").isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    }

    @Test
    void eachPageGetsANewNonce() throws Exception {
        assertThat(nonce(browser.get("/login"))).isNotEqualTo(nonce(browser.get("/login")));
    }

    @Test
    void aSignedInViewCarriesEveryHeader() throws Exception {
        browser.postLogin("student", "student-demo");

        HttpResponse<String> view = browser.get("/student");

        assertThat(view.statusCode()).isEqualTo(200);
        assertProtectedPage(view);
    }

    @Test
    void theScriptThePageLoadsCarriesEveryHeader() throws Exception {
        Matcher script = SCRIPT_SOURCE.matcher(browser.get("/login").body());
        assertThat(script.find()).as("the login page loads a script file").isTrue();

        HttpResponse<String> resource = browser.get("/" + script.group(1));

        assertThat(resource.statusCode()).as(script.group(1)).isEqualTo(200);
        assertThat(resource.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertProtected(resource);
    }

    @Test
    void thePolicyAllowsNoScriptFromElsewhereAndNoFraming() {
        String policy = SecurityHeaders.CONTENT_SECURITY_POLICY;

        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
    }

    /** The page's policy vouches, by a nonce, for exactly the scripts Vaadin wrote into the page. */
    private static void assertProtectedPage(HttpResponse<String> page) {
        String nonce = nonce(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.contentSecurityPolicy(nonce));
        Matcher scripts = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("scripts in the page").isPositive();
        assertProtected(page);
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(nonce.find()).as("a nonce in the page's policy").isTrue();
        return nonce.group(1);
    }

    private static void assertProtected(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).contains(SecurityHeaders.PERMISSIONS_POLICY);
    }
}

package org.sourcebook.ui.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in over real HTTP, as a browser does it: the form post, its redirects and cookies. */
class LoginHttpTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void aSuccessfulLoginRedirectsHomeUnderANewSessionId() throws Exception {
        assertThat(location(get("/teacher"))).endsWith("/login");
        String sessionBeforeLogin = sessionId();

        HttpResponse<String> login = postLogin("teacher", "teacher-demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("back to the page asked for").contains("/teacher");
        assertThat(sessionId()).isNotBlank().isNotEqualTo(sessionBeforeLogin);
        assertThat(get("/teacher").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
        String username = createAccount("real", Role.STUDENT);

        HttpResponse<String> wrongPassword = postLogin(username, "not-the-password");
        HttpResponse<String> unknownUser = postLogin("nobody-by-this-name", "not-the-password");

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).isEqualTo(location(unknownUser)).endsWith("/login?error");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedAndAnUnknownNameLooksTheSame() throws Exception {
        String username = createAccount("guessed", Role.STUDENT);
        String unknown = "ghost-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            postLogin(username, "guess-" + i);
            postLogin(unknown, "guess-" + i);
        }

        assertThat(location(postLogin(username, "test-password"))).endsWith("/login?throttled");
        assertThat(location(postLogin(unknown, "test-password"))).endsWith("/login?throttled");
    }

    @Test
    void failedLoginsAreAlsoCountedForTheClientAddress() throws Exception {
        Integer before = addressFailures();

        postLogin("nobody-" + System.nanoTime(), "wrong");

        assertThat(addressFailures()).isEqualTo(before + 1);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
        String username = createAccount("left-school", Role.STUDENT);
        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertThat(location(postLogin(username, "wrong-password"))).endsWith("/login?error");
        assertThat(location(postLogin(username, "test-password"))).endsWith("/login?disabled");
    }

    @Test
    void onlyTheHealthEndpointIsExposedAndItRevealsNoDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        postLogin("admin", "admin-demo");
        for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics"}) {
            HttpResponse<String> response = get(hidden);
            // Unknown paths fall through to Vaadin, which answers with its HTML page and a "not found" view.
            assertThat(response.headers().firstValue("Content-Type")).as(hidden).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(hidden).doesNotContain("_links", "propertySources", "\"beans\"");
        }
    }

    @Test
    void pagesCarryProtectiveHeaders() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private Integer addressFailures() {
        return jdbc.query("select failures from login_throttle where throttle_key = 'address:127.0.0.1'",
                rs -> rs.next() ? rs.getInt(1) : 0);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package org.sourcebook.ui.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.ui.HttpVisitor.location;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.account.AccountDraft;
import org.sourcebook.account.AccountQuery;
import org.sourcebook.account.AccountSummary;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.HttpVisitor;
import org.sourcebook.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Sign-in over real HTTP, as a browser does it: the form post, its redirects and cookies. */
class LoginHttpTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountAdminService admin;

    private HttpVisitor browser;

    @BeforeEach
    void newBrowser() {
        browser = new HttpVisitor(port);
    }

    @Test
    void aSuccessfulLoginRedirectsHomeUnderANewSessionId() throws Exception {
        assertThat(location(browser.get("/teacher"))).endsWith("/login");
        String sessionBeforeLogin = browser.sessionId();

        HttpResponse<String> login = browser.postLogin("teacher", "teacher-demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("back to the page asked for").contains("/teacher");
        assertThat(browser.sessionId()).isNotBlank().isNotEqualTo(sessionBeforeLogin);
        assertThat(browser.get("/teacher").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
        String username = createAccount("real", Role.STUDENT);

        HttpResponse<String> wrongPassword = browser.postLogin(username, "not-the-password");
        HttpResponse<String> unknownUser = browser.postLogin("nobody-by-this-name", "not-the-password");

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).isEqualTo(location(unknownUser)).endsWith("/login?error");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedAndAnUnknownNameLooksTheSame() throws Exception {
        String username = createAccount("guessed", Role.STUDENT);
        String unknown = "ghost-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            browser.postLogin(username, "guess-" + i);
            browser.postLogin(unknown, "guess-" + i);
        }

        assertThat(location(browser.postLogin(username, "test-password"))).endsWith("/login?throttled");
        assertThat(location(browser.postLogin(unknown, "test-password"))).endsWith("/login?throttled");
    }

    @Test
    void fiftyConcurrentWrongPasswordsGetFivePasswordChecksAndTheRestAreThrottled() throws Exception {
        String username = createAccount("stormed", Role.STUDENT);
        int concurrent = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < concurrent; i++) {
                HttpVisitor attacker = new HttpVisitor(port);
                String guess = "guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return location(attacker.postLogin(username, guess));
                }));
            }
            start.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<String> answer : answers) {
                locations.add(answer.get(2, TimeUnit.MINUTES));
            }

            assertThat(locations).filteredOn(location -> location.endsWith("/login?error"))
                    .as("wrong passwords actually checked").hasSize(5);
            assertThat(locations).filteredOn(location -> location.endsWith("/login?throttled")).hasSize(concurrent - 5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(location(browser.postLogin(username, "test-password"))).endsWith("/login?throttled");
    }

    @Test
    void failedLoginsAreAlsoCountedForTheClientAddress() throws Exception {
        Integer before = addressFailures();

        browser.postLogin("nobody-" + System.nanoTime(), "wrong");

        assertThat(addressFailures()).isEqualTo(before + 1);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
        String username = createAccount("left-school", Role.STUDENT);
        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertThat(location(browser.postLogin(username, "wrong-password"))).endsWith("/login?error");
        assertThat(location(browser.postLogin(username, "test-password"))).endsWith("/login?disabled");
    }

    @Test
    void onlyTheHealthEndpointIsExposedAndItRevealsNoDetails() throws Exception {
        HttpResponse<String> health = browser.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        browser.postLogin("admin", "admin-demo");
        for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics"}) {
            HttpResponse<String> response = browser.get(hidden);
            // Unknown paths fall through to Vaadin, which answers with its HTML page and a "not found" view.
            assertThat(response.headers().firstValue("Content-Type")).as(hidden).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(hidden).doesNotContain("_links", "propertySources", "\"beans\"");
        }
    }

    @Test
    void pagesCarryProtectiveHeaders() throws Exception {
        HttpResponse<String> page = browser.get("/login");

        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
        String username = createAccount("soon-disabled", Role.STUDENT);
        browser.postLogin(username, "test-password");
        assertThat(browser.get("/student").statusCode()).isEqualTo(200);

        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertThat(location(browser.get("/student"))).endsWith("/login");
        jdbc.update("update user_account set enabled = true where username = ?", username);
        assertThat(location(browser.get("/student"))).as("the old session stays ended").endsWith("/login");
    }

    @Test
    void aRemovedRoleEndsTheOpenSessionAtTheNextRequest() throws Exception {
        String username = createAccount("demoted", Role.TEACHER);
        browser.postLogin(username, "test-password");
        assertThat(browser.get("/teacher").statusCode()).isEqualTo(200);

        changeRoles(username, Role.STUDENT);

        assertThat(location(browser.get("/teacher"))).as("signed out, not kept as a teacher").endsWith("/login");
        browser.postLogin(username, "test-password");
        assertThat(browser.get("/student").statusCode()).as("signing in again gives the new role").isEqualTo(200);
    }

    @Test
    void anAddedRoleAlsoEndsTheOpenSessionSoTheNextSignInGrantsIt() throws Exception {
        String username = createAccount("promoted", Role.STUDENT);
        browser.postLogin(username, "test-password");
        assertThat(browser.get("/student").statusCode()).isEqualTo(200);

        changeRoles(username, Role.STUDENT, Role.TEACHER);

        assertThat(location(browser.get("/student"))).endsWith("/login");
    }

    @Test
    void anEnabledAccountKeepsItsSession() throws Exception {
        String username = createAccount("stays", Role.STUDENT);
        browser.postLogin(username, "test-password");

        assertThat(browser.get("/student").statusCode()).isEqualTo(200);
        assertThat(browser.get("/student").statusCode()).isEqualTo(200);
    }

    @Test
    void signInsAndFailedSignInsAreAudited() throws Exception {
        String username = createAccount("audited", Role.STUDENT);

        browser.postLogin(username, "wrong-password");
        browser.postLogin(username, "test-password");

        assertThat(jdbc.queryForList("select kind from audit_event where subject_username = ? order by id", String.class,
                username)).containsSubsequence("LOGIN_FAILED", "LOGIN");
        assertThat(jdbc.queryForObject("select actor_username from audit_event where subject_username = ? and kind = 'LOGIN'",
                String.class, username)).isEqualTo(username);
    }

    /** Changes the roles as an admin does on the Users page. */
    private void changeRoles(String username, Role... roles) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())))));
        try {
            AccountSummary account = admin.find(new AccountQuery(username, null), PageRequest.of(0, 1)).getContent().get(0);
            admin.update(account.id(), account.version(), new AccountDraft(username, account.displayName(), account.email(),
                    Set.of(roles), null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Integer addressFailures() {
        return jdbc.query("select failures from login_throttle where throttle_key = 'address:127.0.0.1'",
                rs -> rs.next() ? rs.getInt(1) : 0);
    }
}

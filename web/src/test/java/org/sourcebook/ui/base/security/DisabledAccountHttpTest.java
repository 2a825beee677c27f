package org.sourcebook.ui.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.ui.HttpVisitor.location;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.HttpVisitor;
import org.sourcebook.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Over real HTTP: a disabled person's open session ends at their next request; sign-ins are audited. */
class DisabledAccountHttpTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpVisitor browser;

    @BeforeEach
    void newBrowser() {
        browser = new HttpVisitor(port);
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
}

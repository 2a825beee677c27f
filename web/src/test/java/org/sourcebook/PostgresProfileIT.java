package org.sourcebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.ui.HttpVisitor.location;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sourcebook.ui.HttpVisitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the {@code postgres} profile, as docker/compose.yaml runs it: real
 * PostgreSQL, Flyway migrations, no demo data, the first admin created from
 * SOURCEBOOK_INITIAL_ADMIN_PASSWORD.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sourcebook.initial-admin.password=first-admin-password")
@ActiveProfiles("postgres")
class PostgresProfileIT {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void useEmbeddedPostgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.start();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgresWithTheMigrationsApplied() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("1");
        assertThat(new HttpVisitor(port).get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theInitialAdminCanSignInAndThereAreNoDemoAccounts() throws Exception {
        assertThat(location(new HttpVisitor(port).postLogin("admin", "first-admin-password"))).doesNotContain("/login");
        assertThat(location(new HttpVisitor(port).postLogin("teacher", "teacher-demo"))).endsWith("/login?error");
    }
}

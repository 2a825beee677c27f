package org.sourcebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs where the tests run, so this keeps docker/ in step with what the tests do
 * exercise: the jar name, the postgres profile (see PostgresProfileIT), the health endpoint and
 * the settings the app reads.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("..", "docker");

    @Test
    void theImageRunsTheProductionJarAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

        assertThat(dockerfile)
                .contains("-Pproduction -pl web -am package")
                .contains("/src/web/target/sourcebook.jar")
                .contains("USER sourcebook")
                .contains("FROM eclipse-temurin:17-jre")
                .contains("http://localhost:8080/actuator/health");
        assertThat(Path.of("src/main/resources/application.properties")).content().contains("server.port=${PORT:8080}");
    }

    @Test
    void composeRunsTheAppOnThePostgresProfileAgainstPostgres16() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));

        assertThat(compose)
                .contains("image: postgres:16")
                .contains("SPRING_PROFILES_ACTIVE: ${SPRING_PROFILES_ACTIVE:-postgres}")
                .contains("SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5432/sourcebook")
                .contains("SOURCEBOOK_INITIAL_ADMIN_PASSWORD")
                .contains("condition: service_healthy")
                .contains("pgdata:/var/lib/postgresql/data");
        assertThat(Path.of("src/main/resources/application-postgres.properties")).exists();
    }
}

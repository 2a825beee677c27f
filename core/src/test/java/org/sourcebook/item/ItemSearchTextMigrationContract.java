package org.sourcebook.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V5 on a database that already holds items: the new search column is filled from each
 * item's stored prompt and answer, so the bank's search finds items stored before the upgrade.
 */
abstract class ItemSearchTextMigrationContract {

    /** An empty database. */
    abstract DataSource emptyDatabase() throws Exception;

    /** How this database takes a JSON text into a JSON column. */
    abstract String jsonParameter();

    @Test
    void existingItemsGetTheirSearchText() throws Exception {
        DataSource database = emptyDatabase();
        migrate(database, "2");
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO user_account (username, display_name, password_hash, enabled, created_at, version)"
                        + " VALUES ('old-teacher', 'Old', 'x', TRUE, CURRENT_TIMESTAMP, 0)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item (id, owner_id, kind, status, origin,"
                    + " quality, body, created_at, updated_at, version) SELECT ?, id, 'fact-card', 'draft', 'drafted', 0.5, "
                    + jsonParameter() + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM user_account WHERE username = 'old-teacher'")) {
                insert.setObject(1, id);
                insert.setString(2, "{\"id\":\"" + id + "\",\"prompt\":\"When was the Town FOUNDED?\",\"answer\":\"In 1613\"}");
                insert.executeUpdate();
            }
        }

        migrate(database, "5");

        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT search_text FROM item WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("when was the town founded?\nin 1613");
            }
        }
    }

    private static void migrate(DataSource database, String target) throws SQLException {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new ItemSearchTextMigration())
                .target(target)
                .load()
                .migrate();
    }
}

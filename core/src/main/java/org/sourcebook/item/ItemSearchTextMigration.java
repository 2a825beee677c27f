package org.sourcebook.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.sourcebook.persistence.ContentJson;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V5: adds {@code item.search_text} and fills it for the items already stored.
 * Written in Java because the text comes from the JSON body, and H2 and PostgreSQL share no
 * function that reads a JSON field. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class ItemSearchTextMigration implements JavaMigration {

    private final ObjectMapper mapper = ContentJson.mapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "item search text";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 5_000_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE item ADD COLUMN search_text VARCHAR(" + ItemSearchText.MAX_LENGTH
                    + ") DEFAULT '' NOT NULL");
        }
        Map<Object, String> texts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, body FROM item")) {
            while (rows.next()) {
                texts.put(rows.getObject(1), searchText(rows.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE item SET search_text = ? WHERE id = ?")) {
            for (Map.Entry<Object, String> row : texts.entrySet()) {
                update.setString(1, row.getValue());
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private String searchText(String body) throws Exception {
        JsonNode node = mapper.readTree(body);
        if (node.isTextual()) {
            node = mapper.readTree(node.asText());
        }
        return ItemSearchText.of(node.path("prompt").asText(""), node.path("answer").asText(""));
    }
}

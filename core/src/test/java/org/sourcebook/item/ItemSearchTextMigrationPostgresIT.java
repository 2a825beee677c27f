package org.sourcebook.item;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** {@link ItemSearchTextMigrationContract} on PostgreSQL. */
class ItemSearchTextMigrationPostgresIT extends ItemSearchTextMigrationContract {

    private EmbeddedPostgres postgres;

    @Override
    DataSource emptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.start();
        return postgres.getPostgresDatabase();
    }

    @Override
    String jsonParameter() {
        return "CAST(? AS JSON)";
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }
}

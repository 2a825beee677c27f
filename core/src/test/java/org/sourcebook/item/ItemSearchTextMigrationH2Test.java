package org.sourcebook.item;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** {@link ItemSearchTextMigrationContract} on H2. */
class ItemSearchTextMigrationH2Test extends ItemSearchTextMigrationContract {

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return database;
    }

    @Override
    String jsonParameter() {
        return "? FORMAT JSON";
    }
}

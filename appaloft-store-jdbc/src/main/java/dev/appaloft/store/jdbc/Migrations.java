package dev.appaloft.store.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The store's Flyway setup: its own location and history table, so it can share a database. */
final class Migrations {

    static final String HISTORY_TABLE = "appaloft_schema_history";

    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource, SqlDialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocations())
                .table(HISTORY_TABLE)
                .placeholders(dialect.migrationPlaceholders())
                .loggers("slf4j") // a library logs through SLF4J only; the application picks the backend
                .load();
    }
}

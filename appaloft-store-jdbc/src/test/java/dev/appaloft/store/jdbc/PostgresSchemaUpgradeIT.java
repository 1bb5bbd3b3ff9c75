package dev.appaloft.store.jdbc;

import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresSchemaUpgradeIT extends SchemaUpgradeContract {

    private final List<PostgresServer.Database> created = new ArrayList<>();

    @Override
    DataSource freshDatabase() {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        created.add(db);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(db.jdbcUrl());
        source.setUser(db.user());
        source.setPassword(db.password());
        return source;
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    JdbcStore openStore() {
        PostgresServer.Database db = created.get(created.size() - 1);
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), CLOCK);
    }

    @AfterEach
    void dropDatabases() {
        created.forEach(PostgresServer.shared()::dropDatabase);
    }
}

package dev.appaloft.http.sources;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.time.Clock;

class PostgresPreviewHttpIT extends PreviewHttpScenarios {

    @Override
    protected Store openStore() {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC());
    }
}

package dev.appaloft.http.audit;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.time.Clock;

class PostgresAuditHttpIT extends AuditHttpScenarios {

    @Override
    protected Store openStore() {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC());
    }
}

package dev.appaloft.core.fleet;

import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;

/** The fleet scenarios on a real PostgreSQL server, a fresh database per test. */
class PostgresFleetIT extends FleetScenarios {

    @Override
    protected Store openStore(MutableClock clock) {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), clock);
    }
}

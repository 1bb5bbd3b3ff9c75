package dev.appaloft.core;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.time.Clock;

/** The certificate issuance scenarios on a real PostgreSQL server, a fresh database per test. */
class PostgresCertificateIssuanceIT extends CertificateIssuanceScenarios {

    @Override
    protected Store openStore() {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC());
    }
}

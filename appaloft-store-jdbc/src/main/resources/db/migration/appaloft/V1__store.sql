-- One migration set for SQLite and PostgreSQL: the tables every store needs. Each aggregate's
-- document table is created by a Java migration (db.migration.appaloft.V2__..., one per
-- collection) from the one shape in dev.appaloft.store.jdbc.migrations.DocumentTableMigration.

-- The owner of every unique key; the primary key is what refuses a second holder.
CREATE TABLE unique_keys (
    collection TEXT NOT NULL,
    unique_key TEXT NOT NULL,
    doc_id     TEXT NOT NULL,
    PRIMARY KEY (collection, unique_key)
);
CREATE INDEX unique_keys_by_doc ON unique_keys (collection, doc_id);

-- The head row is updated in the appending transaction: it hands out gap-free sequence numbers
-- and, on PostgreSQL, its row lock makes appends to one stream commit in sequence order.
CREATE TABLE stream_heads (
    stream TEXT PRIMARY KEY,
    head   BIGINT NOT NULL
);

CREATE TABLE stream_records (
    stream TEXT   NOT NULL,
    seq    BIGINT NOT NULL,
    type   TEXT   NOT NULL,
    body   TEXT   NOT NULL,
    at     BIGINT NOT NULL,
    PRIMARY KEY (stream, seq)
);

-- A released lease keeps its row (owner NULL) so the fence keeps rising on the next acquire.
CREATE TABLE leases (
    lease_key   TEXT PRIMARY KEY,
    owner       TEXT,
    acquired_at BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    fence       BIGINT NOT NULL
);

-- One migration set for SQLite and PostgreSQL. The optional reference columns get partial indexes:
-- most aggregates leave most of them empty, and an index that skips NULLs costs nothing to keep.
-- ${id_collation} orders ids by code point on both
-- (PostgreSQL would otherwise use the database locale), so keyset cursors agree with every backend.

CREATE TABLE projects (
    id              TEXT ${id_collation} PRIMARY KEY,
    version         BIGINT NOT NULL,
    organization_id TEXT,
    project_id      TEXT,
    environment_id  TEXT,
    resource_id     TEXT,
    server_id       TEXT,
    status          TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    held_keys       TEXT NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX projects_by_created ON projects (created_at, id);
CREATE INDEX projects_by_organization ON projects (organization_id, created_at, id);
CREATE INDEX projects_by_project ON projects (project_id, created_at, id) WHERE project_id IS NOT NULL;
CREATE INDEX projects_by_environment ON projects (environment_id, created_at, id) WHERE environment_id IS NOT NULL;
CREATE INDEX projects_by_resource ON projects (resource_id, created_at, id) WHERE resource_id IS NOT NULL;
CREATE INDEX projects_by_server ON projects (server_id, created_at, id) WHERE server_id IS NOT NULL;
CREATE INDEX projects_by_status ON projects (status, created_at, id);

CREATE TABLE environments (
    id              TEXT ${id_collation} PRIMARY KEY,
    version         BIGINT NOT NULL,
    organization_id TEXT,
    project_id      TEXT,
    environment_id  TEXT,
    resource_id     TEXT,
    server_id       TEXT,
    status          TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    held_keys       TEXT NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX environments_by_created ON environments (created_at, id);
CREATE INDEX environments_by_organization ON environments (organization_id, created_at, id);
CREATE INDEX environments_by_project ON environments (project_id, created_at, id) WHERE project_id IS NOT NULL;
CREATE INDEX environments_by_environment ON environments (environment_id, created_at, id) WHERE environment_id IS NOT NULL;
CREATE INDEX environments_by_resource ON environments (resource_id, created_at, id) WHERE resource_id IS NOT NULL;
CREATE INDEX environments_by_server ON environments (server_id, created_at, id) WHERE server_id IS NOT NULL;
CREATE INDEX environments_by_status ON environments (status, created_at, id);

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

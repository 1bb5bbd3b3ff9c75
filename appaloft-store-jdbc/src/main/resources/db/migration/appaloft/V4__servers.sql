-- Servers (deployment targets): the same document table shape as every aggregate (see V1).

CREATE TABLE servers (
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
CREATE INDEX servers_by_created ON servers (created_at, id);
CREATE INDEX servers_by_organization ON servers (organization_id, created_at, id);
CREATE INDEX servers_by_project ON servers (project_id, created_at, id) WHERE project_id IS NOT NULL;
CREATE INDEX servers_by_environment ON servers (environment_id, created_at, id) WHERE environment_id IS NOT NULL;
CREATE INDEX servers_by_resource ON servers (resource_id, created_at, id) WHERE resource_id IS NOT NULL;
CREATE INDEX servers_by_server ON servers (server_id, created_at, id) WHERE server_id IS NOT NULL;
CREATE INDEX servers_by_status ON servers (status, created_at, id);

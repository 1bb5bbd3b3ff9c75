-- Deployments: the same document table shape as every aggregate (see V1).

CREATE TABLE deployments (
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
CREATE INDEX deployments_by_created ON deployments (created_at, id);
CREATE INDEX deployments_by_organization ON deployments (organization_id, created_at, id);
CREATE INDEX deployments_by_project ON deployments (project_id, created_at, id) WHERE project_id IS NOT NULL;
CREATE INDEX deployments_by_environment ON deployments (environment_id, created_at, id) WHERE environment_id IS NOT NULL;
CREATE INDEX deployments_by_resource ON deployments (resource_id, created_at, id) WHERE resource_id IS NOT NULL;
CREATE INDEX deployments_by_server ON deployments (server_id, created_at, id) WHERE server_id IS NOT NULL;
CREATE INDEX deployments_by_status ON deployments (status, created_at, id);

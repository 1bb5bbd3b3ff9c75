-- Resources: the same document table shape as every aggregate (see V1).

CREATE TABLE resources (
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
CREATE INDEX resources_by_created ON resources (created_at, id);
CREATE INDEX resources_by_organization ON resources (organization_id, created_at, id);
CREATE INDEX resources_by_project ON resources (project_id, created_at, id) WHERE project_id IS NOT NULL;
CREATE INDEX resources_by_environment ON resources (environment_id, created_at, id) WHERE environment_id IS NOT NULL;
CREATE INDEX resources_by_resource ON resources (resource_id, created_at, id) WHERE resource_id IS NOT NULL;
CREATE INDEX resources_by_server ON resources (server_id, created_at, id) WHERE server_id IS NOT NULL;
CREATE INDEX resources_by_status ON resources (status, created_at, id);

package dev.appaloft.api.dependencies;

import dev.appaloft.api.storage.BackupRelationship;
import java.util.List;

/**
 * {@code dependencyResources.import}: a database that lives elsewhere (a hosted Postgres, a Redis
 * of another team) made bindable in an environment. Its password comes in {@code connectionUrl} or
 * as {@code connectionSecret}; it is sealed at once and never answered. Nothing is started, and
 * deleting it never touches the database.
 */
public record ImportDependencyResourceInput(DependencyKind kind, String projectId, String environmentId, String name,
                                            String connectionUrl, String secretRef, String connectionSecret,
                                            String description, List<DependencyCapability> capabilities,
                                            BackupRelationship backupRelationship) {

    public static ImportDependencyResourceInput of(DependencyKind kind, String projectId, String environmentId,
                                                   String name, String connectionUrl) {
        return new ImportDependencyResourceInput(kind, projectId, environmentId, name, connectionUrl, null, null, null,
                null, null);
    }
}

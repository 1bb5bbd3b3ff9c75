package dev.appaloft.api.dependencies;

import dev.appaloft.api.storage.BackupRelationship;
import java.util.List;

/**
 * {@code dependencyResources.provision}: an Appaloft-managed database of an environment, run as a
 * container on the server {@code serverId} with its data in a named volume there and generated
 * credentials that are sealed at rest and never answered. {@code providerKey} defaults to the
 * server's provider.
 */
public record ProvisionDependencyResourceInput(DependencyKind kind, String projectId, String environmentId,
                                               String serverId, String name, String providerKey, String description,
                                               List<DependencyCapability> capabilities,
                                               BackupRelationship backupRelationship) {

    public static ProvisionDependencyResourceInput postgres(String projectId, String environmentId, String serverId,
                                                            String name) {
        return new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, projectId, environmentId, serverId, name,
                null, null, null, null);
    }

    public static ProvisionDependencyResourceInput redis(String projectId, String environmentId, String serverId,
                                                         String name) {
        return new ProvisionDependencyResourceInput(DependencyKind.REDIS, projectId, environmentId, serverId, name,
                null, null, null, null);
    }
}

package dev.appaloft.api.resources;

import java.util.List;

/**
 * {@code resources.create}: a deployable unit in an environment. The slug comes from the name and
 * is unique within the project's environment; kind defaults to application, the runtime strategy
 * to auto.
 */
public record CreateResourceInput(
        String projectId,
        String environmentId,
        String destinationId,
        String name,
        ResourceKind kind,
        String description,
        List<ResourceService> services,
        SourceBinding source,
        RuntimeProfile runtimeProfile,
        NetworkProfile networkProfile) {

    public static CreateResourceInput named(String projectId, String environmentId, String name) {
        return new CreateResourceInput(projectId, environmentId, null, name, null, null, null, null, null, null);
    }
}

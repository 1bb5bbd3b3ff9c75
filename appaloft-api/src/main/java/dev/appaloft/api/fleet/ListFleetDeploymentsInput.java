package dev.appaloft.api.fleet;

import java.util.List;

/**
 * {@code list_deployments}: an admin may filter by group; a group token always sees its own group.
 * {@code include=deploymentGroup} adds each deployment's group id and name.
 */
public record ListFleetDeploymentsInput(String deploymentGroupId, List<String> include) {

    public static ListFleetDeploymentsInput all() {
        return new ListFleetDeploymentsInput(null, null);
    }
}

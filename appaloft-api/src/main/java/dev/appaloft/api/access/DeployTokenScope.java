package dev.appaloft.api.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deploy token may act on. A dimension left empty is unrestricted; a non-empty one must
 * contain the value the request names, and a request that names no value for a restricted
 * dimension is refused (it could otherwise reach anything). The workflow command is always checked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeployTokenScope(List<String> projectIds, List<String> environmentIds, List<String> resourceIds,
                               List<String> deploymentTargetIds, List<String> repositoryFullNames,
                               List<String> workflowCommands) {

    public DeployTokenScope {
        projectIds = copy(projectIds);
        environmentIds = copy(environmentIds);
        resourceIds = copy(resourceIds);
        deploymentTargetIds = copy(deploymentTargetIds);
        repositoryFullNames = copy(repositoryFullNames);
        workflowCommands = copy(workflowCommands);
    }

    /** The request's values per dimension: {@code projectId}, {@code environmentId}, {@code resourceId}, {@code serverId}, {@code repositoryFullName}. */
    public Optional<String> refusal(String workflowCommand, Map<String, String> requested) {
        if (workflowCommand == null || !workflowCommands.contains(workflowCommand)) {
            return Optional.of("workflow command " + workflowCommand + " is not in the token's scope");
        }
        return check("projectId", projectIds, requested)
                .or(() -> check("environmentId", environmentIds, requested))
                .or(() -> check("resourceId", resourceIds, requested))
                .or(() -> check("serverId", deploymentTargetIds, requested))
                .or(() -> check("repositoryFullName", repositoryFullNames, requested));
    }

    private static Optional<String> check(String field, List<String> allowed, Map<String, String> requested) {
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        String value = requested.get(field);
        if (value == null) {
            return Optional.of(field + " must be given: the token's scope restricts it (scope_value_missing)");
        }
        return allowed.contains(value) ? Optional.empty()
                : Optional.of(field + " " + value + " is outside the token's scope (scope_value_not_allowed)");
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
    }
}

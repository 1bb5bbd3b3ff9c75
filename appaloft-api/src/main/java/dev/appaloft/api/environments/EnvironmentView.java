package dev.appaloft.api.environments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.variables.MaskedVariable;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentView(
        String id,
        String projectId,
        String name,
        EnvironmentKind kind,
        String parentEnvironmentId,
        EnvironmentLifecycleStatus lifecycleStatus,
        String lockedAt,
        String lockReason,
        String archivedAt,
        String archiveReason,
        String createdAt,
        List<MaskedVariable> maskedVariables) {
}

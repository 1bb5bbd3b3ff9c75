package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyCapability;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.ImportDependencyResourceInput;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import java.time.Instant;
import java.util.List;

/**
 * A planned provision ({@code create}) or import ({@code reuse}). A reuse's input is kept with its
 * password taken out of the URL and sealed in {@code sealedSecret}; nothing secret is in the clear.
 */
record ProvisioningPlan(String id, String organizationId, String mode, String status, DependencyKind kind,
                        String projectId, String environmentId, String name, String providerKey, String serverId,
                        String endpoint, List<DependencyCapability> capabilities, List<String> summary,
                        ProvisionDependencyResourceInput create, ImportDependencyResourceInput reuse,
                        String sealedSecret, Instant requestedAt, Instant acceptedAt, Instant completedAt,
                        String dependencyResourceId, String failureCode, String failureMessage) {

    static final String PLANNED = "planned";
    static final String REALIZED = "realized";
    static final String FAILED = "failed";

    ProvisioningPlan {
        capabilities = List.copyOf(capabilities);
        summary = List.copyOf(summary);
    }

    ProvisioningPlan realized(Instant at, String resourceId) {
        return new ProvisioningPlan(id, organizationId, mode, REALIZED, kind, projectId, environmentId, name,
                providerKey, serverId, endpoint, capabilities, summary, create, reuse, sealedSecret, requestedAt, at, at,
                resourceId, null, null);
    }

    ProvisioningPlan failed(Instant at, String code, String message) {
        return new ProvisioningPlan(id, organizationId, mode, FAILED, kind, projectId, environmentId, name,
                providerKey, serverId, endpoint, capabilities, summary, create, reuse, sealedSecret, requestedAt, at, at,
                null, code, message);
    }
}

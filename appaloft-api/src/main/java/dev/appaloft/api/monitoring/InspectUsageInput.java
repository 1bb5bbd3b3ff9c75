package dev.appaloft.api.monitoring;

/**
 * {@code runtimeUsage.inspect}: reads a scope's usage now (mode {@code current}, the only one),
 * storing nothing. The scope may also be given flat ({@code scopeKind} and the kind's id).
 */
public record InspectUsageInput(MonitoringScope scope, String mode, Boolean includeArtifacts, Boolean includeWarnings,
                                String scopeKind, String serverId, String projectId, String environmentId,
                                String resourceId, String deploymentId) {

    public static InspectUsageInput of(MonitoringScope scope) {
        return new InspectUsageInput(scope, null, null, null, null, null, null, null, null, null);
    }
}

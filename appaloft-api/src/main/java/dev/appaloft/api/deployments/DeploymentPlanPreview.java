package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.resources.SourceBinding;
import java.util.List;

/**
 * {@code deployments.plan} ({@code deployments.plan/v1}): the source as read now, the strategy and
 * artifact a deployment would use, its commands, network, health and route, and what would stop it.
 * Nothing is built, started or stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentPlanPreview(String schemaVersion, Context context, Readiness readiness, Source source,
                                    Planner planner, Artifact artifact, List<Command> commands, Network network,
                                    Health health, Access access, List<Finding> warnings,
                                    List<Finding> unsupportedReasons, List<NextAction> nextActions,
                                    String generatedAt) {

    public static final String SCHEMA_VERSION = "deployments.plan/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(String projectId, String environmentId, String resourceId, String serverId,
                          String destinationId, String projectName, String environmentName, String resourceName,
                          String serverName) {
    }

    /** @param status {@code ready}, {@code blocked} or {@code warning} */
    public record Readiness(String status, boolean ready, List<String> reasonCodes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(SourceBinding.Kind kind, String displayName, String locator, String runtimeFamily,
                         String packageManager, String applicationShape, List<String> detectedFiles,
                         List<String> detectedScripts, String dockerfilePath, List<String> reasoning) {
    }

    public record Planner(String plannerKey, String supportTier, String buildStrategy, String packagingMode,
                          String targetKind, String targetProviderKey) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Artifact(String kind, String runtimeArtifactKind, String runtimeArtifactIntent, String image) {
    }

    /** @param kind {@code install}, {@code build}, {@code package} or {@code start} */
    public record Command(String kind, String command, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Network(Long internalPort, String upstreamProtocol, String exposureMode, Long hostPort) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(boolean enabled, String kind, String path, Long port) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Access(String routeSource, String hostname, String scheme, Integer routeCount, Integer routeGroupCount) {
    }

    /** @param category {@code blocked}, {@code warning} or {@code info} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String code, String category, String phase, String message, String recommendation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextAction(String kind, String targetOperation, String label, boolean safeByDefault,
                             String blockedReasonCode) {
    }
}

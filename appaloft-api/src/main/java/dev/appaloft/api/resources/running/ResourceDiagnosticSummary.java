package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.ResourceKind;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.SourceBinding;
import java.util.List;

/**
 * {@code resources.diagnosticSummary}: what support needs to understand a resource's state, safe
 * to paste anywhere: secret values are masked in every log line, source locators lose their
 * credentials. {@code copy.json} is the same summary as one JSON string.
 *
 * <p>Section statuses are {@code available}, {@code empty}, {@code not-configured},
 * {@code not-requested}, {@code unavailable}, {@code failed} or {@code unknown}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDiagnosticSummary(String schemaVersion, String generatedAt, Focus focus, Context context,
                                        Deployment deployment, Access access, Proxy proxy, LogTail deploymentLogs,
                                        LogTail runtimeLogs, SystemInfo system, List<SourceError> sourceErrors,
                                        Redaction redaction, Copy copy) {

    public static final String SCHEMA_VERSION = "resources.diagnostic-summary/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Focus(String resourceId, String requestedDeploymentId, String deploymentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(String projectId, String environmentId, String resourceName, String resourceSlug,
                          ResourceKind resourceKind, String destinationId, String serverId, String runtimeStrategy,
                          String buildStrategy, String packagingMode, String targetKind, String targetProviderKey,
                          List<ResourceService> services, NetworkProfile networkProfile, Window observationWindow) {
    }

    public record Window(String from, String to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deployment(String id, DeploymentStatus status, DeploymentStatus lifecyclePhase, String runtimePlanId,
                             SourceBinding.Kind sourceKind, String sourceDisplayName, String serverId,
                             String destinationId, String createdAt, String startedAt, String finishedAt,
                             long logCount, ResourceHealth.LastError lastError) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Access(String status, String generatedUrl, String plannedUrl, String proxyRouteStatus,
                         String lastRouteRealizationDeploymentId, String reasonCode, String phase) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proxy(String status, String providerKey, String proxyRouteStatus, boolean configurationIncluded,
                        String configurationStatus, String configurationGeneratedAt, Integer routeCount,
                        Integer sectionCount, List<SectionRef> sections, List<ProxyConfiguration.Warning> warnings,
                        String reasonCode, String phase) {
    }

    public record SectionRef(String id, String title, String format, boolean redacted, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogTail(String status, int tailLimit, int lineCount, List<Line> lines, String reasonCode, String phase) {
    }

    /** @param source {@code appaloft} (deployment steps) or {@code application} (the app's own output) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String timestamp, String source, DeploymentPhase phase, String level, String stream,
                       String serviceName, String message, boolean masked) {
    }

    /** @param entrypoint {@code http} for callers of the HTTP API, {@code system} for the embedding application */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SystemInfo(String entrypoint, String requestId, String locale, String readinessStatus,
                             String databaseDriver, String databaseMode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceError(String source, String code, String category, String phase, boolean retryable,
                              String relatedEntityId, String relatedState, String message) {
    }

    /** @param maskedValueCount how many secret values the masking looked for */
    public record Redaction(String policy, boolean masked, int maskedValueCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Copy(String json, String markdown, String plainText) {
    }
}

package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code resources.proxyConfiguration}: the resource's route on the edge proxy (host, path prefix,
 * upstream port, proxy kind), with the proxy's own configuration for it as a read-only section.
 *
 * @param providerKey the edge proxy's kind ({@code caddy}), or {@code none} when no proxy runs
 * @param status {@code not-configured}, {@code planned}, {@code applied}, {@code stale} (the proxy
 *        routes elsewhere or lost the route) or {@code failed}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProxyConfiguration(String resourceId, String deploymentId, String providerKey,
                                 ProxyConfigurationInput.RouteScope routeScope, String status, String generatedAt,
                                 String lastAppliedDeploymentId, boolean stale, List<Route> routes,
                                 List<Section> sections, List<Warning> warnings, Diagnostics diagnostics) {

    /** @param targetPort the app's port inside its container */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Route(String hostname, String scheme, String url, String pathPrefix, String tlsMode,
                        Long targetPort, String source, String routeBehavior, AppliedRouteContext appliedRouteContext) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppliedRouteContext(String schemaVersion, String resourceId, String deploymentId, String serverId,
                                      String destinationId, String routeId, String diagnosticId, String routeSource,
                                      String hostname, String pathPrefix, String proxyKind, String providerKey,
                                      String appliedAt, String observedAt) {

        public static final String SCHEMA_VERSION = "applied-route-context/v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String id, String title, String format, String language, boolean readonly, boolean redacted,
                          String content, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(String code, String message, Map<String, Object> details) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Diagnostics(String providerKey, int routeCount, String networkName,
                              List<AppliedRouteContext> appliedRouteContexts, Map<String, Object> metadata) {
    }
}

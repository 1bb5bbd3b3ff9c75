package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.deployments.DeploymentStatus;

/**
 * Where a resource answers: the stable URL its running deployment is routed at through the edge
 * proxy ({@code latestGeneratedAccessRoute}), or, before any routed deployment, the URL one would
 * get ({@code plannedGeneratedAccessRoute}).
 *
 * @param proxyRouteStatus {@code ready} when the proxy routes the URL to the running instance,
 *        {@code not-ready} when it lost the route or routes it elsewhere, {@code unknown} without a proxy
 * @param latestDurableDomainRoute the custom domain the running deployment answers at (a ready
 *        serving domain binding, else a bound one), when it has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessSummary(PlannedRoute plannedGeneratedAccessRoute, Route latestGeneratedAccessRoute,
                            String proxyRouteStatus, String lastRouteRealizationDeploymentId,
                            Route latestDurableDomainRoute) {

    public AccessSummary(PlannedRoute plannedGeneratedAccessRoute, Route latestGeneratedAccessRoute,
                         String proxyRouteStatus, String lastRouteRealizationDeploymentId) {
        this(plannedGeneratedAccessRoute, latestGeneratedAccessRoute, proxyRouteStatus, lastRouteRealizationDeploymentId,
                null);
    }

    /** @param targetPort the app's port inside its container */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlannedRoute(String url, String hostname, String scheme, String providerKey, String pathPrefix,
                               String proxyKind, long targetPort) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Route(String url, String hostname, String scheme, String providerKey, String deploymentId,
                        DeploymentStatus deploymentStatus, String pathPrefix, String proxyKind, Long targetPort,
                        String updatedAt) {
    }
}

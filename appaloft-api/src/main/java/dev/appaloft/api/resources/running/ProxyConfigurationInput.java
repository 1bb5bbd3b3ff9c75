package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code resources.proxyConfiguration}.
 *
 * @param routeScope {@code latest} (default): the route of the running deployment, compared with what
 *        the proxy applies; {@code planned}: the route the next deployment would get;
 *        {@code deployment-snapshot}: the route recorded by {@code deploymentId}
 */
public record ProxyConfigurationInput(String resourceId, String deploymentId, RouteScope routeScope,
                                      Boolean includeDiagnostics) {

    public enum RouteScope {
        PLANNED, LATEST, DEPLOYMENT_SNAPSHOT;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static ProxyConfigurationInput latest(String resourceId) {
        return new ProxyConfigurationInput(resourceId, null, null, null);
    }
}

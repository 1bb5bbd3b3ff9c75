package dev.appaloft.api.domains;

/**
 * One route as it is meant ({@code intent}) and as it stands: whether the proxy applies it, the
 * domain is verified, TLS is in place and the runtime answers; what blocks it and what to do.
 */
public record RouteIntentStatus(String schemaVersion, String routeId, String diagnosticId, String source,
                                Intent intent, Context context, Proxy proxy, String domainVerification, String tls,
                                String runtimeHealth, Observation latestObservation, String blockingReason,
                                String recommendedAction, CopySafeSummary copySafeSummary) {

    public static final String SCHEMA_VERSION = "route-intent-status/v1";

    /** @param routeBehavior {@code serve|redirect} */
    public record Intent(String host, String pathPrefix, String protocol, String routeBehavior, String redirectTo,
                         Integer redirectStatus) {
    }

    public record Context(String resourceId, String deploymentId, String serverId, String destinationId,
                          String runtimeTargetKind) {
    }

    /** @param intent {@code not-required|required|unknown}; @param applied {@code not-configured|planned|applied|ready|...} */
    public record Proxy(String intent, String applied, String providerKey) {
    }

    public record Observation(String source, String observedAt, String requestId, String deploymentId) {
    }

    /** @param status {@code available|unavailable|not-ready|failed|stale|unknown} */
    public record CopySafeSummary(String status, String code, String phase, String message) {
    }
}

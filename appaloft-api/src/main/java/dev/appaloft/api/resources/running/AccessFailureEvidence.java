package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code resources.accessFailureEvidence}. The edge proxy answers a request it cannot route with
 * a JSON 404 but does not record evidence per request yet, so every lookup answers
 * {@code status: not-found} with {@code resource_access_failure_evidence_not_found} (the spec's
 * {@code found} shape, with the captured evidence, comes with that capture).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessFailureEvidence(String schemaVersion, String requestId, String generatedAt, Filters filters,
                                    String status, String nextAction, NotFound notFound) {

    public static final String SCHEMA_VERSION = "resources.access-failure-evidence.lookup/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(String resourceId, String hostname, String path) {
    }

    public record NotFound(String code, String phase, String message) {
    }

    /** What a lookup answers when no evidence is held for the request id. */
    public static AccessFailureEvidence notFound(String requestId, String generatedAt, Filters filters, String message) {
        return new AccessFailureEvidence(SCHEMA_VERSION, requestId, generatedAt, filters, "not-found",
                "diagnostic-summary", new NotFound("resource_access_failure_evidence_not_found", "evidence-lookup", message));
    }
}

package dev.appaloft.api.resources.running;

/** {@code resources.accessFailureEvidence}: the evidence recorded for one failed request to an app, by its request id. */
public record AccessFailureEvidenceInput(String requestId, String resourceId, String hostname, String path) {
}

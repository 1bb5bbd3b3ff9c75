package dev.appaloft.core.providerjobs;

import java.time.Instant;

/**
 * One call the control plane made to a runtime provider and how it ended: which deployment's
 * instance, on which server and provider, what was asked ({@code operation}) and the outcome
 * ({@code status}, a stable {@code errorCode} when it failed). A short fixed {@code message}, never
 * provider output: rows are kept for diagnostics and retention, so they carry no secret.
 */
public record ProviderJobLog(String id, String organizationId, String deploymentId, String providerKey,
                             String resourceId, String serverId, String operation, String status, String errorCode,
                             String message, Instant occurredAt) {
}

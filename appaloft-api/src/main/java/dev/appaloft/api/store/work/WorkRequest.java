package dev.appaloft.api.store.work;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a caller enqueues. {@code payload} is the JSON the worker of {@code kind} reads;
 * {@code references} name the aggregates the work is about ({@code resourceId -> res_1}) so
 * operators can find it. A non-null {@code idempotencyKey} makes enqueueing the same work twice
 * return the first item. {@code notBefore} null means now.
 */
public record WorkRequest(
        String kind,
        String payload,
        String idempotencyKey,
        String organizationId,
        Map<String, String> references,
        int maxAttempts,
        Instant notBefore,
        String retryOfId) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final int MAX_REFERENCES = 16;
    public static final int MAX_ATTEMPTS_LIMIT = 1000;

    public WorkRequest {
        WorkTexts.requireKind(kind);
        WorkTexts.requireJson(payload);
        if (idempotencyKey != null) {
            WorkTexts.requirePrintable(idempotencyKey, "idempotencyKey", 200);
        }
        if (organizationId != null) {
            WorkTexts.requireSafeId(organizationId, "organizationId");
        }
        references = copyReferences(references);
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT);
        }
        if (retryOfId != null) {
            WorkTexts.requireSafeId(retryOfId, "retryOfId");
        }
    }

    /**
     * What {@link WorkQueue#retry} enqueues for {@code original}: its kind, payload, organization,
     * references and attempt limit, due now, without an idempotency key, pointing back at it.
     */
    public static WorkRequest retryOf(WorkItem original) {
        return new WorkRequest(original.kind(), original.payload(), null, original.organizationId(),
                original.references(), original.maxAttempts(), null, original.id());
    }

    /** Work of {@code kind} with {@link #DEFAULT_MAX_ATTEMPTS}, due now, without key or references. */
    public static WorkRequest of(String kind, String payload) {
        return new WorkRequest(kind, payload, null, null, Map.of(), DEFAULT_MAX_ATTEMPTS, null, null);
    }

    public WorkRequest withIdempotencyKey(String key) {
        return new WorkRequest(kind, payload, key, organizationId, references, maxAttempts, notBefore, retryOfId);
    }

    public WorkRequest withOrganizationId(String id) {
        return new WorkRequest(kind, payload, idempotencyKey, id, references, maxAttempts, notBefore, retryOfId);
    }

    /** This request with one more reference (replacing one of the same key). */
    public WorkRequest withReference(String key, String value) {
        Map<String, String> more = new TreeMap<>(references);
        more.put(key, value);
        return new WorkRequest(kind, payload, idempotencyKey, organizationId, more, maxAttempts, notBefore, retryOfId);
    }

    public WorkRequest withMaxAttempts(int max) {
        return new WorkRequest(kind, payload, idempotencyKey, organizationId, references, max, notBefore, retryOfId);
    }

    public WorkRequest withNotBefore(Instant at) {
        return new WorkRequest(kind, payload, idempotencyKey, organizationId, references, maxAttempts, at, retryOfId);
    }

    private static Map<String, String> copyReferences(Map<String, String> references) {
        if (references == null || references.isEmpty()) {
            return Map.of();
        }
        if (references.size() > MAX_REFERENCES) {
            throw new IllegalArgumentException("at most " + MAX_REFERENCES + " references");
        }
        references.forEach((key, value) -> {
            WorkTexts.requireReferenceKey(key);
            WorkTexts.requireSafeId(value, "reference " + key);
        });
        return Map.copyOf(references);
    }
}

package dev.appaloft.core.domains;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TLS certificate of a domain binding: what its leaf says (kept in the clear: it is public)
 * and its attempts. The chain and the sealed private key are a {@link CertificateSecret} of the
 * same id.
 *
 * <p>States: {@code active} (imported or issued, served) → {@code revoked} (revoke) or
 * {@code disabled} (replaced by a newer certificate of its binding); any but
 * {@code active|pending|issuing|renewing} → {@code deleted} (a hidden tombstone: audit history stays).
 */
record Certificate(String id, String organizationId, String domainBindingId, String domainName, String status,
                   String source, String providerKey, String challengeType, Instant issuedAt, Instant expiresAt,
                   String fingerprint, Instant notBefore, String issuer, String keyAlgorithm,
                   List<String> subjectAlternativeNames, List<Attempt> attempts, String idempotencyKey,
                   String revokedReason, Instant createdAt, Instant deletedAt) {

    static final String ACTIVE = "active";
    static final String REVOKED = "revoked";
    static final String DISABLED = "disabled";
    static final String DELETED = "deleted";
    /** States a binding's certificate is attached in: they block deleting it (and the binding). */
    static final Set<String> ATTACHED = Set.of("pending", "issuing", ACTIVE, "renewing");

    Certificate {
        subjectAlternativeNames = subjectAlternativeNames == null ? List.of() : List.copyOf(subjectAlternativeNames);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /**
     * One issuance or import. {@code status} {@code requested|issuing|issued|failed|retry_scheduled},
     * {@code reason} {@code issue|renew|replace}.
     */
    record Attempt(String id, String status, String reason, String providerKey, String challengeType,
                   Instant requestedAt, Instant issuedAt, Instant expiresAt, Instant failedAt, String errorCode,
                   String failurePhase, String failureMessage, Boolean retriable, Instant retryAfter,
                   String idempotencyKey) {

        /** The attempt in {@code next} state, with a failure or none. */
        Attempt with(String next, Instant at, Instant expires, String code, String phase, String message,
                     Boolean canRetry, Instant after) {
            boolean failed = code != null;
            return new Attempt(id, next, reason, providerKey, challengeType, requestedAt,
                    "issued".equals(next) ? at : issuedAt, expires == null ? expiresAt : expires,
                    failed ? at : failedAt, code, phase, message, canRetry, after, idempotencyKey);
        }
    }

    Attempt latestAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    Certificate withStatus(String next, String reason, Instant at) {
        return new Certificate(id, organizationId, domainBindingId, domainName, next, source, providerKey,
                challengeType, issuedAt, expiresAt, fingerprint, notBefore, issuer, keyAlgorithm,
                subjectAlternativeNames, attempts, idempotencyKey, reason == null ? revokedReason : reason, createdAt,
                DELETED.equals(next) ? at : deletedAt);
    }

    /** What the newly issued leaf says, with its new state. */
    Certificate issued(CertificatePem.Checked leaf, Instant at) {
        return new Certificate(id, organizationId, domainBindingId, domainName, ACTIVE, source, providerKey,
                challengeType, at, leaf.notAfter(), leaf.fingerprint(), leaf.notBefore(), leaf.issuer(),
                leaf.keyAlgorithm(), leaf.subjectAlternativeNames(), attempts, idempotencyKey, revokedReason,
                createdAt, deletedAt);
    }

    /** Its later attempts validated by {@code type} ({@code http-01|dns-01}). */
    Certificate withChallengeType(String type) {
        return new Certificate(id, organizationId, domainBindingId, domainName, status, source, providerKey, type,
                issuedAt, expiresAt, fingerprint, notBefore, issuer, keyAlgorithm, subjectAlternativeNames, attempts,
                idempotencyKey, revokedReason, createdAt, deletedAt);
    }

    Certificate withAttempt(Attempt attempt) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.removeIf(a -> a.id().equals(attempt.id()));
        all.add(attempt);
        return new Certificate(id, organizationId, domainBindingId, domainName, status, source, providerKey,
                challengeType, issuedAt, expiresAt, fingerprint, notBefore, issuer, keyAlgorithm,
                subjectAlternativeNames, all, idempotencyKey, revokedReason, createdAt, deletedAt);
    }
}

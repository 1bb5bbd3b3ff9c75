package dev.appaloft.api.certificates;

import java.util.List;

/**
 * A certificate as {@code certificates.list} and {@code show} read it: what the leaf says
 * (issuer, validity, SANs, key algorithm, SHA-256 fingerprint of its DER) and its attempts,
 * oldest first. Never the private key nor the chain.
 *
 * @param status {@code pending|issuing|active|renewing|failed|expired|disabled|revoked|deleted}
 * @param source {@code managed|imported}
 */
public record CertificateView(String id, String domainBindingId, String domainName, String status, String source,
                              String providerKey, String challengeType, String issuedAt, String expiresAt,
                              String fingerprint, String notBefore, String issuer, String keyAlgorithm,
                              List<String> subjectAlternativeNames, Attempt latestAttempt, List<Attempt> attempts,
                              String createdAt) {

    /**
     * @param status {@code requested|issuing|issued|failed|retry_scheduled}
     * @param reason {@code issue|renew|replace}
     */
    public record Attempt(String id, String status, String reason, String providerKey, String challengeType,
                          String requestedAt, String issuedAt, String expiresAt, String failedAt, String errorCode,
                          String failurePhase, String failureMessage, Boolean retriable, String retryAfter) {
    }
}

package dev.appaloft.api.domains;

/**
 * {@code domainBindings.retryVerification}: a new verification attempt for a binding still
 * pending verification (or not ready). The attempt checks the domain at once; when that check
 * does not prove ownership, the attempt is scheduled again with backoff, a bounded number of
 * times, each check recorded.
 */
public record RetryDomainVerificationInput(String domainBindingId, String idempotencyKey) {

    public static RetryDomainVerificationInput of(String domainBindingId) {
        return new RetryDomainVerificationInput(domainBindingId, null);
    }
}

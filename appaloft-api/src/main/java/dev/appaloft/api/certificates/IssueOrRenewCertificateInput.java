package dev.appaloft.api.certificates;

/**
 * {@code certificates.issueOrRenew}: asks the certificate authority (ACME, HTTP-01) for a
 * certificate of the binding's domain, or renews the binding's managed one. {@code reason}
 * {@code issue|renew|replace} (default {@code issue}); the work runs in the background and the
 * answer names the attempt to watch with {@code certificates.show}.
 */
public record IssueOrRenewCertificateInput(String domainBindingId, String certificateId, String reason,
                                           String providerKey, String challengeType, String idempotencyKey,
                                           String causationId) {

    public static IssueOrRenewCertificateInput issue(String domainBindingId) {
        return new IssueOrRenewCertificateInput(domainBindingId, null, null, null, null, null, null);
    }

    public static IssueOrRenewCertificateInput renew(String domainBindingId, String certificateId) {
        return new IssueOrRenewCertificateInput(domainBindingId, certificateId, "renew", null, null, null, null);
    }
}

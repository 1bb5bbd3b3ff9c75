package dev.appaloft.core.domains;

import dev.appaloft.api.certificates.CertificateView;
import java.time.Instant;
import java.util.List;

/** Certificates as list and show read them: metadata and attempts, never key nor chain. */
final class CertificateViews {

    private CertificateViews() {
    }

    static CertificateView view(Certificate c) {
        List<CertificateView.Attempt> attempts = c.attempts().stream().map(CertificateViews::attempt).toList();
        return new CertificateView(c.id(), c.domainBindingId(), c.domainName(), c.status(), c.source(),
                c.providerKey(), c.challengeType(), text(c.issuedAt()), text(c.expiresAt()), c.fingerprint(),
                text(c.notBefore()), c.issuer(), c.keyAlgorithm(), c.subjectAlternativeNames(),
                attempts.isEmpty() ? null : attempts.get(attempts.size() - 1), attempts, text(c.createdAt()));
    }

    private static CertificateView.Attempt attempt(Certificate.Attempt a) {
        return new CertificateView.Attempt(a.id(), a.status(), a.reason(), a.providerKey(), a.challengeType(),
                text(a.requestedAt()), text(a.issuedAt()), text(a.expiresAt()), text(a.failedAt()), a.errorCode(),
                a.failurePhase(), a.failureMessage(), a.retriable(), text(a.retryAfter()));
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}

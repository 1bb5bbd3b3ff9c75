package dev.appaloft.api;

import static dev.appaloft.api.catalog.DomainOperations.*;

import dev.appaloft.api.certificates.*;

/**
 * {@code certificates.*}: the TLS certificates of domain bindings. An imported certificate is
 * checked (key matches the leaf, chain in order, valid now, SANs cover the binding's domain) and
 * its key sealed; show and list never return the key. Issuance and renewal go through the
 * engine's ACME certificate authority (HTTP-01) as background work: watch the attempt with show.
 */
public final class CertificatesApi {

    private final OperationExecutor executor;

    public CertificatesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public CertificateAttemptOutput importCertificate(ImportCertificateInput input) {
        return executor.execute(CERTIFICATES_IMPORT, input);
    }

    public CertificateAttemptOutput issueOrRenew(IssueOrRenewCertificateInput input) {
        return executor.execute(CERTIFICATES_ISSUE_OR_RENEW, input);
    }

    public CertificateAttemptOutput retry(RetryCertificateInput input) {
        return executor.execute(CERTIFICATES_RETRY, input);
    }

    public CertificateAttemptOutput retry(String certificateId) {
        return retry(RetryCertificateInput.of(certificateId));
    }

    public CertificateList list(ListCertificatesInput input) {
        return executor.execute(CERTIFICATES_LIST, input);
    }

    public CertificateView show(String certificateId) {
        return executor.execute(CERTIFICATES_SHOW, new ShowCertificateInput(certificateId));
    }

    public CertificateIdOutput revoke(RevokeCertificateInput input) {
        return executor.execute(CERTIFICATES_REVOKE, input);
    }

    public CertificateIdOutput revoke(String certificateId) {
        return revoke(RevokeCertificateInput.of(certificateId));
    }

    public CertificateIdOutput delete(DeleteCertificateInput input) {
        return executor.execute(CERTIFICATES_DELETE, input);
    }

    public CertificateIdOutput delete(String certificateId) {
        return delete(DeleteCertificateInput.of(certificateId));
    }
}

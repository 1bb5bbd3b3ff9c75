package dev.appaloft.api.certificates;

/** The certificate and the attempt an import or issuance made. */
public record CertificateAttemptOutput(String certificateId, String attemptId) {
}

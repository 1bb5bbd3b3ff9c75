package dev.appaloft.api.certificates;

/** {@code certificates.revoke}: stops serving an active certificate; {@code reason} is recorded. */
public record RevokeCertificateInput(String certificateId, String reason, String idempotencyKey, String causationId) {

    public static RevokeCertificateInput of(String certificateId) {
        return new RevokeCertificateInput(certificateId, null, null, null);
    }
}

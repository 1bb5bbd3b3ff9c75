package dev.appaloft.api.certificates;

/** {@code certificates.retry}: a new attempt for a managed certificate whose latest attempt failed retriably. */
public record RetryCertificateInput(String certificateId, String idempotencyKey, String causationId) {

    public static RetryCertificateInput of(String certificateId) {
        return new RetryCertificateInput(certificateId, null, null);
    }
}

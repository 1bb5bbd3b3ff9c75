package dev.appaloft.api.certificates;

/**
 * {@code certificates.delete}: {@code confirmation.certificateId} must repeat the id. An active
 * certificate is revoked first; one being issued cannot be deleted.
 */
public record DeleteCertificateInput(String certificateId, Confirmation confirmation, String causationId) {

    public record Confirmation(String certificateId) {
    }

    public static DeleteCertificateInput of(String certificateId) {
        return new DeleteCertificateInput(certificateId, new Confirmation(certificateId), null);
    }
}

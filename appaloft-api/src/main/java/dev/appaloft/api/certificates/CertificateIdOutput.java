package dev.appaloft.api.certificates;

/** The certificate a revoke or delete changed. */
public record CertificateIdOutput(String certificateId) {
}

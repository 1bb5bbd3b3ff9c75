package dev.appaloft.api.certificates;

/** {@code certificates.show}: one certificate by id. */
public record ShowCertificateInput(String certificateId) {
}

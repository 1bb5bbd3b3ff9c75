package dev.appaloft.api.certificates;

/** {@code certificates.list}: the organization's certificates, optionally of one domain binding. */
public record ListCertificatesInput(String domainBindingId, Integer limit) {

    public static ListCertificatesInput all() {
        return new ListCertificatesInput(null, null);
    }

    public static ListCertificatesInput ofBinding(String domainBindingId) {
        return new ListCertificatesInput(domainBindingId, null);
    }
}

package dev.appaloft.api.certificates;

/**
 * {@code certificates.import}: a PEM chain (leaf first, each certificate signed by the next) and
 * the leaf's private key (PKCS#8, PKCS#1 RSA or SEC1 EC; an encrypted PKCS#8 key takes
 * {@code passphrase}) for a bound domain binding. The leaf must be valid now and name the
 * binding's domain among its DNS subject alternative names.
 */
public record ImportCertificateInput(String domainBindingId, String certificateChain, String privateKey,
                                     String passphrase, String idempotencyKey, String causationId) {

    public static ImportCertificateInput of(String domainBindingId, String certificateChain, String privateKey) {
        return new ImportCertificateInput(domainBindingId, certificateChain, privateKey, null, null, null);
    }

    @Override
    public String toString() {
        return "ImportCertificateInput[domainBindingId=" + domainBindingId + ", privateKey=****]";
    }
}

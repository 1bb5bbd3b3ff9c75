package dev.appaloft.core.domains;

import dev.appaloft.core.secrets.SecretBox;
import java.time.Instant;

/**
 * A certificate's chain (PEM, leaf first: public) and its private key as PKCS#8 PEM sealed by
 * the secret box; same id as its {@link Certificate}. Read only to put the certificate on a proxy.
 */
record CertificateSecret(String id, String organizationId, String chainPem, String sealedPrivateKey,
                         Instant createdAt) {

    String openPrivateKey(SecretBox box) {
        return box.open(sealedPrivateKey);
    }

    @Override
    public String toString() {
        return "CertificateSecret[" + id + "]";
    }
}

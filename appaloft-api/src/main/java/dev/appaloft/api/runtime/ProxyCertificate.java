package dev.appaloft.api.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A TLS certificate an edge proxy serves for {@code hosts} (chosen by SNI): the chain as PEM, leaf
 * first, and the private key as PEM. The key is a secret: it is never printed.
 */
public record ProxyCertificate(String id, List<String> hosts, String chainPem, String privateKeyPem) {

    public ProxyCertificate {
        Objects.requireNonNull(id, "id");
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(chainPem, "chainPem");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    }

    @Override
    public String toString() {
        return "ProxyCertificate[" + id + " " + hosts + "]";
    }
}

package dev.appaloft.core.domains;

import java.security.KeyPair;

/**
 * Where managed certificates come from: an ACME CA ({@code AcmeCertificateAuthority}, acme4j) or a
 * fake in tests. One call orders a certificate for one domain, answers its HTTP-01 challenge
 * through {@code challenges} (the engine publishes the key authorization on the domain's edge
 * proxy route) and returns the chain with the new private key. It blocks; the engine calls it
 * from a work item, never inside a store transaction.
 */
public interface CertificateAuthority {

    /** Orders, validates and finalizes a certificate of {@code domainName} under {@code accountKey}. */
    Issued issue(String domainName, KeyPair accountKey, Http01Challenges challenges) throws Failure;

    /**
     * The same, validated by dns-01: the authority publishes the {@code _acme-challenge} TXT record
     * itself, through the DNS update server it was configured with. Nothing is routed on the proxy.
     */
    default Issued issueDns01(String domainName, KeyPair accountKey) throws Failure {
        throw new Failure("challenge", "acme_challenge_unsupported", "this certificate authority has no DNS update"
                + " server for dns-01", false);
    }

    /** Whether {@link #issueDns01} can work here. */
    default boolean supportsDns01() {
        return false;
    }

    /** The provider key certificates of this authority record ({@code acme}). */
    default String providerKey() {
        return "acme";
    }

    /** How the authority reaches the domain's HTTP-01 token: published before validation, withdrawn after. */
    interface Http01Challenges {

        /** Answers {@code GET /.well-known/acme-challenge/<token>} on the domain with {@code content}. */
        void publish(String token, String content) throws Failure;

        void withdraw(String token);
    }

    /** The chain (PEM, leaf first) and its private key (PKCS#8 PEM: a secret, never printed). */
    record Issued(String chainPem, String privateKeyPem) {

        @Override
        public String toString() {
            return "Issued[chain]";
        }
    }

    /**
     * Why an order failed: the phase ({@code account|order|challenge|finalize|install}), a stable
     * code, a message with no secret in it, and whether a later attempt may succeed.
     */
    final class Failure extends Exception {

        private final String phase;
        private final String code;
        private final boolean retriable;

        public Failure(String phase, String code, String message, boolean retriable) {
            super(message);
            this.phase = phase;
            this.code = code;
            this.retriable = retriable;
        }

        public String phase() {
            return phase;
        }

        public String code() {
            return code;
        }

        public boolean retriable() {
            return retriable;
        }
    }
}

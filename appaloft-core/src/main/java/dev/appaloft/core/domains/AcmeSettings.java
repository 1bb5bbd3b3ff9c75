package dev.appaloft.core.domains;

import java.time.Duration;
import java.util.Objects;

/**
 * How this engine issues managed certificates: the ACME directory, an extra trusted root for a
 * test CA's HTTPS (PEM, or null for the JVM's roots), the account key (PEM, or null: one is made
 * once per directory and kept sealed in the store), how long before expiry a renewal is due, and
 * where dns-01 challenges are published (null: only http-01).
 */
public record AcmeSettings(String directoryUrl, String trustRootPem, String accountKeyPem, Duration renewBefore,
                           Dns01Settings dns01) {

    public static final Duration DEFAULT_RENEW_BEFORE = Duration.ofDays(30);

    public AcmeSettings {
        Objects.requireNonNull(directoryUrl, "directoryUrl");
        renewBefore = renewBefore == null ? DEFAULT_RENEW_BEFORE : renewBefore;
    }

    public static AcmeSettings of(String directoryUrl) {
        return new AcmeSettings(directoryUrl, null, null, null, null);
    }

    public AcmeSettings withTrustRoot(String pem) {
        return new AcmeSettings(directoryUrl, pem, accountKeyPem, renewBefore, dns01);
    }

    public AcmeSettings withAccountKey(String pem) {
        return new AcmeSettings(directoryUrl, trustRootPem, pem, renewBefore, dns01);
    }

    public AcmeSettings withRenewBefore(Duration value) {
        return new AcmeSettings(directoryUrl, trustRootPem, accountKeyPem, value, dns01);
    }

    /** dns-01 challenges published through RFC 2136 updates as {@code value} says. */
    public AcmeSettings withDns01(Dns01Settings value) {
        return new AcmeSettings(directoryUrl, trustRootPem, accountKeyPem, renewBefore, value);
    }

    @Override
    public String toString() {
        return "AcmeSettings[" + directoryUrl + ", renewBefore " + renewBefore + (dns01 == null ? "" : ", " + dns01) + "]";
    }
}

package dev.appaloft.http.server;

import dev.appaloft.core.domains.Dns01Settings;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code serve}'s dns-01 options: the zone's primary DNS server that takes RFC 2136 updates signed
 * with a TSIG key. The key's secret comes from the environment only, never the command line (it
 * would show in the process list).
 */
final class AcmeDnsOptions {

    static final String SECRET_ENV = "APPALOFT_ACME_DNS_TSIG_SECRET";

    @Option(names = "--acme-dns-server", paramLabel = "HOST[:PORT]", defaultValue = "${env:APPALOFT_ACME_DNS_SERVER}",
            description = "Primary DNS server of the zone dns-01 challenges are published in (RFC 2136 updates;"
                    + " the TSIG secret is read from " + SECRET_ENV + "); none: only http-01.")
    String server;

    @Option(names = "--acme-dns-zone", paramLabel = "ZONE", defaultValue = "${env:APPALOFT_ACME_DNS_ZONE}",
            description = "The zone that holds the domains, e.g. example.com.")
    String zone;

    @Option(names = "--acme-dns-tsig-name", paramLabel = "NAME", defaultValue = "${env:APPALOFT_ACME_DNS_TSIG_NAME}",
            description = "Name of the TSIG key the updates are signed with.")
    String tsigName;

    @Option(names = "--acme-dns-tsig-algorithm", paramLabel = "ALG", defaultValue = "hmac-sha256",
            description = "TSIG algorithm (default: ${DEFAULT-VALUE}).")
    String tsigAlgorithm;

    @Option(names = "--acme-dns-propagation-seconds", defaultValue = "60",
            description = "How long to wait for the server to answer a new TXT record (default: ${DEFAULT-VALUE}).")
    int propagationSeconds;

    /** The settings, or null when no DNS server is named; a partial configuration is refused with what is missing. */
    Dns01Settings settings(String secret) {
        if (server == null || server.isBlank()) {
            return null;
        }
        StringBuilder missing = new StringBuilder();
        if (zone == null || zone.isBlank()) {
            missing.append(" --acme-dns-zone");
        }
        if (tsigName == null || tsigName.isBlank()) {
            missing.append(" --acme-dns-tsig-name");
        }
        if (secret == null || secret.isBlank()) {
            missing.append(" ").append(SECRET_ENV);
        }
        if (missing.length() > 0) {
            throw new IllegalArgumentException("--acme-dns-server needs" + missing);
        }
        return new Dns01Settings(server.strip(), zone.strip(), tsigName.strip(), tsigAlgorithm, secret.strip(),
                Duration.ofSeconds(Math.max(1, propagationSeconds)));
    }
}

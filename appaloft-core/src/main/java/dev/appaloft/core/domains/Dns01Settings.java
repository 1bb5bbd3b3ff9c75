package dev.appaloft.core.domains;

import java.time.Duration;
import java.util.Objects;

/**
 * Where dns-01 challenges are answered: the primary server of the zone that holds the domains
 * ({@code host:port}, port 53 when left out), the zone, and the TSIG key its RFC 2136 updates are
 * signed with (name, algorithm such as {@code hmac-sha256}, base64 secret: the secret is never
 * printed). {@code propagation} bounds the wait until the server answers the new TXT record.
 */
public record Dns01Settings(String server, String zone, String tsigName, String tsigAlgorithm, String tsigSecret,
                            Duration propagation) {

    public static final Duration DEFAULT_PROPAGATION = Duration.ofSeconds(60);

    public Dns01Settings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(tsigName, "tsigName");
        Objects.requireNonNull(tsigSecret, "tsigSecret");
        tsigAlgorithm = tsigAlgorithm == null || tsigAlgorithm.isBlank() ? "hmac-sha256" : tsigAlgorithm;
        propagation = propagation == null ? DEFAULT_PROPAGATION : propagation;
        zone = zone.endsWith(".") ? zone : zone + ".";
    }

    public static Dns01Settings of(String server, String zone, String tsigName, String tsigSecret) {
        return new Dns01Settings(server, zone, tsigName, null, tsigSecret, null);
    }

    String host() {
        int colon = server.lastIndexOf(':');
        return colon > 0 && !server.endsWith("]") ? server.substring(0, colon).replaceAll("^\\[|]$", "")
                : server.replaceAll("^\\[|]$", "");
    }

    int port() {
        int colon = server.lastIndexOf(':');
        return colon > 0 && !server.endsWith("]") ? Integer.parseInt(server.substring(colon + 1)) : 53;
    }

    @Override
    public String toString() {
        return "Dns01Settings[" + server + ", zone " + zone + ", key " + tsigName + " (" + tsigAlgorithm + ")]";
    }
}

package dev.appaloft.core.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the fleet API.
 *
 * @param leaseTtl how long an acquired deployment stays held without a reconcile; an agent that
 *                 dies loses its lease after this and another session may take the deployment over
 * @param publicUrl the URL clients reach this server at ({@code commands.url} of deployment info)
 * @param localStateDirectory where {@code local} deployments keep state ({@code resolve_credentials})
 */
public record FleetOptions(Duration leaseTtl, String publicUrl, Path localStateDirectory) {

    public FleetOptions {
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(localStateDirectory, "localStateDirectory");
        if (leaseTtl.toMillis() < 100) {
            throw new IllegalArgumentException("leaseTtl must be at least 100 ms");
        }
    }

    public static FleetOptions defaults() {
        return new FleetOptions(Duration.ofSeconds(60), "http://localhost:4310",
                Path.of(System.getProperty("java.io.tmpdir"), "appaloft-fleet"));
    }

    public FleetOptions withLeaseTtl(Duration value) {
        return new FleetOptions(value, publicUrl, localStateDirectory);
    }

    public FleetOptions withPublicUrl(String value) {
        return new FleetOptions(leaseTtl, value, localStateDirectory);
    }

    public FleetOptions withLocalStateDirectory(Path value) {
        return new FleetOptions(leaseTtl, publicUrl, value);
    }
}

package dev.appaloft.core.fleet;

import dev.appaloft.api.fleet.provider.PlatformProvider;
import dev.appaloft.api.fleet.provider.PlatformProviders;
import dev.appaloft.api.fleet.provider.TestPlatform;
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
 * @param pushInterval how often the server's push worker looks for push-model deployments with
 *                     work and steps them with {@code providers}; null (the default) runs no push worker
 * @param providers the platform providers of the push worker ({@code test} by default; every other
 *                  platform fails with {@code PLATFORM_NOT_SUPPORTED})
 */
public record FleetOptions(Duration leaseTtl, String publicUrl, Path localStateDirectory, Duration pushInterval,
                           PlatformProviders providers) {

    public FleetOptions {
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(localStateDirectory, "localStateDirectory");
        Objects.requireNonNull(providers, "providers");
        if (leaseTtl.toMillis() < 100) {
            throw new IllegalArgumentException("leaseTtl must be at least 100 ms");
        }
    }

    public static FleetOptions defaults() {
        return new FleetOptions(Duration.ofSeconds(60), "http://localhost:4310",
                Path.of(System.getProperty("java.io.tmpdir"), "appaloft-fleet"), null,
                new PlatformProviders().register(new TestPlatform()));
    }

    public FleetOptions withLeaseTtl(Duration value) {
        return new FleetOptions(value, publicUrl, localStateDirectory, pushInterval, providers);
    }

    public FleetOptions withPublicUrl(String value) {
        return new FleetOptions(leaseTtl, value, localStateDirectory, pushInterval, providers);
    }

    public FleetOptions withLocalStateDirectory(Path value) {
        return new FleetOptions(leaseTtl, publicUrl, value, pushInterval, providers);
    }

    /** Runs the server's push worker every {@code interval} (push-model deployments only; agents own pull ones). */
    public FleetOptions withPushWorker(Duration interval) {
        return new FleetOptions(leaseTtl, publicUrl, localStateDirectory, Objects.requireNonNull(interval), providers);
    }

    /** Adds a platform provider for the push worker (e.g. one that runs {@code local} on this host's engine). */
    public FleetOptions withProvider(PlatformProvider provider) {
        return new FleetOptions(leaseTtl, publicUrl, localStateDirectory, pushInterval,
                new PlatformProviders().register(new TestPlatform()).registerAll(providers).register(provider));
    }
}

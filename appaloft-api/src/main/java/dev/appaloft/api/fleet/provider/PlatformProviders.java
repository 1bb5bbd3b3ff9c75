package dev.appaloft.api.fleet.provider;

import dev.appaloft.api.fleet.Platform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The providers a worker knows, by platform; a platform without one gets {@link UnsupportedPlatform}. */
public final class PlatformProviders {

    private final Map<Platform, PlatformProvider> byPlatform = new EnumMap<>(Platform.class);
    private final PlatformProvider unsupported = new UnsupportedPlatform();

    public PlatformProviders register(PlatformProvider provider) {
        Objects.requireNonNull(provider, "provider");
        for (Platform platform : provider.platforms()) {
            byPlatform.put(platform, provider);
        }
        return this;
    }

    /** Registers every provider of {@code other} too (later registrations win per platform). */
    public PlatformProviders registerAll(PlatformProviders other) {
        other.byPlatform.values().forEach(this::register);
        return this;
    }

    public PlatformProvider forPlatform(Platform platform) {
        return byPlatform.getOrDefault(platform, unsupported);
    }

    public boolean supports(Platform platform) {
        return byPlatform.containsKey(platform);
    }
}

package dev.appaloft.api.system;

import java.util.List;

/**
 * A user extension the host application installs (on the engine builder, or found with
 * {@link java.util.ServiceLoader}); {@code plugins.list} and {@code system.doctor} report it.
 * It declares the plugin API version it was written for; only {@link #API_VERSION} is compatible.
 */
public interface AppaloftPlugin {

    /** The plugin API this build speaks. */
    int API_VERSION = 1;

    /** A stable name, e.g. {@code acme-billing}. */
    String name();

    String version();

    default String displayName() {
        return name();
    }

    default String description() {
        return null;
    }

    /** The capability keys it adds. */
    default List<CapabilityDetail> capabilities() {
        return List.of();
    }

    default int apiVersion() {
        return API_VERSION;
    }

    /** Whether it has what it needs (credentials, endpoints); configured unless it says otherwise. */
    default ExtensionConfiguration configuration() {
        return ExtensionConfiguration.configured();
    }
}

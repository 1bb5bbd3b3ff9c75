package dev.appaloft.api.system;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How this instance looks for upgrades: its own version, the release manifest it follows (a JSON
 * document {@code {"version": "...", "url": "...", "sha256": "..."}}, none: upgrades are not
 * checked) and the directory a downloaded release is staged in.
 */
public record InstanceUpgradeSettings(String currentVersion, URI manifestUrl, Path stagingDirectory) {

    public InstanceUpgradeSettings {
        Objects.requireNonNull(currentVersion, "currentVersion");
    }

    public static InstanceUpgradeSettings none(String currentVersion) {
        return new InstanceUpgradeSettings(currentVersion, null, null);
    }
}

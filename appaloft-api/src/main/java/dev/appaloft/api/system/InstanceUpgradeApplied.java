package dev.appaloft.api.system;

/**
 * What {@code system.instance-upgrade.apply} did: status {@code staged} (the release is downloaded,
 * its digest matches, and {@code stagedPath} holds it; restart onto it) or {@code up-to-date}
 * (nothing newer to stage).
 */
public record InstanceUpgradeApplied(String schemaVersion, String status, String currentVersion, String version,
                                     String stagedPath, String sha256, boolean restartRequired, String appliedAt) {

    public static final String SCHEMA_VERSION = "instance-upgrade.apply/v1";
}

package dev.appaloft.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code system.instance-upgrade.check} found. Status {@code up-to-date}, {@code update-available},
 * {@code not-configured} (no release manifest is followed) or {@code unreachable} (the manifest could
 * not be read; {@code problem} says why).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceUpgradeCheck(String schemaVersion, String status, String currentVersion, String latestVersion,
                                   boolean updateAvailable, String manifestUrl, String releaseUrl, String checkedAt,
                                   String problem) {

    public static final String SCHEMA_VERSION = "instance-upgrade.check/v1";
}

package dev.appaloft.api.system;

/**
 * {@code system.instance-upgrade.apply}: downloads the newer release the manifest names, checks its
 * SHA-256 and stages it next to this instance; the operator restarts onto it.
 */
public record ApplyInstanceUpgradeInput() {
}

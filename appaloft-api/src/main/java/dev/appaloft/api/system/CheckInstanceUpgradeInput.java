package dev.appaloft.api.system;

/** {@code system.instance-upgrade.check}: this instance's version against the release manifest it follows. */
public record CheckInstanceUpgradeInput() {
}

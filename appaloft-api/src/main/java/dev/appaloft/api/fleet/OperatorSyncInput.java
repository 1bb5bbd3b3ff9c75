package dev.appaloft.api.fleet;

/** {@code operator_sync}: an agent asks whether its deployment has work. */
public record OperatorSyncInput(String deploymentId) {
}

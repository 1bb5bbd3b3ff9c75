package dev.appaloft.api.fleet;

/** {@code target} is present only when the deployment has work; an absent target means "nothing to do". */
public record OperatorSyncOutput(SyncTarget target) {
}

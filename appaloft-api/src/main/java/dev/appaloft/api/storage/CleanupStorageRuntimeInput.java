package dev.appaloft.api.storage;

/**
 * {@code storageVolumes.cleanupRuntime}: the volume's realizations on one server created before
 * {@code before} (an ISO-8601 instant) that nothing needs any more. A dry run unless {@code dryRun}
 * is false.
 */
public record CleanupStorageRuntimeInput(String storageVolumeId, String serverId, String before, Boolean dryRun) {
}

package dev.appaloft.api.storage;

/**
 * {@code storageVolumes.create}: durable storage of one environment. A {@code bind-mount} names the
 * absolute host folder it binds ({@code sourcePath}); a {@code named-volume} takes none (its Docker
 * volume is made on the server when a deployment first mounts it).
 */
public record CreateStorageVolumeInput(String projectId, String environmentId, String name, StorageVolumeKind kind,
                                       String description, String sourcePath, BackupRelationship backupRelationship) {

    public static CreateStorageVolumeInput namedVolume(String projectId, String environmentId, String name) {
        return new CreateStorageVolumeInput(projectId, environmentId, name, StorageVolumeKind.NAMED_VOLUME, null, null,
                null);
    }
}

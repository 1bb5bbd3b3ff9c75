package dev.appaloft.api.storage;

/** {@code storageVolumes.rename}: a new name (and slug); attachments and the volume on servers stay as they are. */
public record RenameStorageVolumeInput(String storageVolumeId, String name) {
}

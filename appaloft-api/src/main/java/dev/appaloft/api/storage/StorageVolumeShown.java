package dev.appaloft.api.storage;

public record StorageVolumeShown(String schemaVersion, StorageVolumeView storageVolume, String generatedAt) {

    public static final String SCHEMA_VERSION = "storage-volumes.show/v1";
}

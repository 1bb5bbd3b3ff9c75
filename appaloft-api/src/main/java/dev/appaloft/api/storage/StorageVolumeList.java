package dev.appaloft.api.storage;

import java.util.List;

public record StorageVolumeList(String schemaVersion, List<StorageVolumeView> items, String generatedAt) {

    public static final String SCHEMA_VERSION = "storage-volumes.list/v1";

    public StorageVolumeList {
        items = List.copyOf(items);
    }
}

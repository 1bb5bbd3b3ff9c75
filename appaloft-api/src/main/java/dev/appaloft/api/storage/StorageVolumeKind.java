package dev.appaloft.api.storage;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a storage volume is on its server: a Docker named volume, or a host folder bound into containers. */
public enum StorageVolumeKind {
    NAMED_VOLUME("named-volume"),
    BIND_MOUNT("bind-mount");

    private final String wire;

    StorageVolumeKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}

package dev.appaloft.core.storage;

import dev.appaloft.api.storage.StorageVolumeKind;
import java.time.Instant;

/**
 * A storage volume of one environment: active until deleted (a tombstone: its slug is free again,
 * and {@code storageVolumes.cleanupRuntime} can still find what it left on servers).
 * {@code sourcePath} is the host folder of a bind mount (null for a named volume).
 */
public record StorageVolume(String id, String organizationId, String projectId, String environmentId, String name,
                            String slug, StorageVolumeKind kind, String description, String sourcePath,
                            boolean retentionRequired, String retentionReason, Instant createdAt, Instant deletedAt) {

    static final String ACTIVE = "active";
    static final String DELETED = "deleted";

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String lifecycleStatus() {
        return isDeleted() ? DELETED : ACTIVE;
    }

    /** The Docker volume a named volume is realized as on every server that mounts it. */
    public String runtimeName() {
        return runtimeName(id);
    }

    static String runtimeName(String volumeId) {
        return "appaloft-" + volumeId;
    }

    StorageVolume rename(String newName, String newSlug) {
        return new StorageVolume(id, organizationId, projectId, environmentId, newName, newSlug, kind, description,
                sourcePath, retentionRequired, retentionReason, createdAt, deletedAt);
    }

    StorageVolume delete(Instant now) {
        return new StorageVolume(id, organizationId, projectId, environmentId, name, slug, kind, description,
                sourcePath, retentionRequired, retentionReason, createdAt, now);
    }
}

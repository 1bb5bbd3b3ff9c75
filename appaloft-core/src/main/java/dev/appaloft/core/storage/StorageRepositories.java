package dev.appaloft.core.storage;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.List;
import java.util.Set;

/** Where storage volumes and their attachments are kept, read within one organization. */
final class StorageRepositories {

    static final String VOLUME_ID = "storage_volume_id";

    /** Deleted volumes stay readable by id (show, cleanup); only lists skip them. */
    static final Repository<StorageVolume> VOLUMES = Repository.of(StoreCollections.STORAGE_VOLUMES, StorageVolume.class)
            .id(StorageVolume::id).createdAt(StorageVolume::createdAt).organization(StorageVolume::organizationId)
            .index(v -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, v.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, v.environmentId()).with(IndexFields.STATUS, v.lifecycleStatus()))
            .keys(v -> v.isDeleted() ? Set.of() : Set.of("slug:" + v.environmentId() + ":" + v.slug()))
            .notFound(id -> AppaloftException.notFound("storage volume", id))
            .conflicts((r, e, v) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.STORAGE_VOLUME_SLUG_CONFLICT, "environment " + v.environmentId()
                            + " already has a storage volume with the slug \"" + v.slug() + "\"")
                    : null)
            .build();

    static final Repository<StorageAttachment> ATTACHMENTS = Repository
            .of(StoreCollections.STORAGE_ATTACHMENTS, StorageAttachment.class)
            .id(StorageAttachment::id).createdAt(StorageAttachment::attachedAt)
            .organization(StorageAttachment::organizationId)
            .index(a -> DocumentIndex.NONE.with(IndexFields.RESOURCE_ID, a.resourceId()).with(VOLUME_ID, a.storageVolumeId()))
            .keys(a -> Set.of("mount:" + a.resourceId() + ":" + a.destinationPath()))
            .notFound(id -> AppaloftException.notFound("storage attachment", id))
            .conflicts((r, e, a) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.STORAGE_DESTINATION_CONFLICT, "resource " + a.resourceId()
                            + " already mounts storage at " + a.destinationPath())
                    : null)
            .build();

    private StorageRepositories() {
    }

    /** The active volume with this id; a deleted one reads as not found. */
    static Versioned<StorageVolume> requireActive(StoreReader r, String organizationId, String id) {
        Versioned<StorageVolume> volume = VOLUMES.require(r, organizationId, id);
        if (volume.value().isDeleted()) {
            throw AppaloftException.notFound("storage volume", id);
        }
        return volume;
    }

    /** The attachments of one resource, oldest first. */
    static List<StorageAttachment> ofResource(StoreReader r, String organizationId, String resourceId) {
        return ATTACHMENTS.values(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with(IndexFields.RESOURCE_ID, resourceId))).stream()
                .sorted(java.util.Comparator.comparing(StorageAttachment::attachedAt)).toList();
    }

    /** The attachments of one volume to resources that still exist, oldest first. */
    static List<StorageAttachment> ofVolume(StoreReader r, String organizationId, String volumeId) {
        return ATTACHMENTS.values(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with(VOLUME_ID, volumeId))).stream()
                .filter(a -> ResourceRepository.find(r, organizationId, a.resourceId()).isPresent())
                .sorted(java.util.Comparator.comparing(StorageAttachment::attachedAt)).toList();
    }
}

package dev.appaloft.core.storage;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.storage.StorageVolumeView;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.List;
import java.util.Optional;

/** The read view of a volume: its fields and safe summaries of the resources that mount it. */
final class StorageVolumeViews {

    private StorageVolumeViews() {
    }

    static StorageVolumeView view(StoreReader r, StorageVolume v) {
        List<StorageVolumeView.Attachment> attachments = StorageRepositories.ofVolume(r, v.organizationId(), v.id())
                .stream().map(a -> {
                    Optional<Resource> resource = ResourceRepository.find(r, v.organizationId(), a.resourceId())
                            .map(dev.appaloft.core.internal.Versioned::value);
                    return new StorageVolumeView.Attachment(a.id(), a.resourceId(),
                            resource.map(Resource::name).orElse(null), resource.map(Resource::slug).orElse(null),
                            a.destinationPath(), a.mountMode(), Timestamps.format(a.attachedAt()));
                }).toList();
        return new StorageVolumeView(v.id(), v.projectId(), v.environmentId(), v.name(), v.slug(), v.kind(),
                v.sourcePath(), v.description(), v.lifecycleStatus(),
                new StorageVolumeView.Relationship(v.retentionRequired(), v.retentionReason()), attachments.size(),
                attachments, Timestamps.format(v.createdAt()),
                v.deletedAt() == null ? null : Timestamps.format(v.deletedAt()));
    }
}

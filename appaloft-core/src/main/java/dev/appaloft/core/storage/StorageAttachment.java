package dev.appaloft.core.storage;

import dev.appaloft.api.storage.MountMode;
import java.time.Instant;

/** One storage volume mounted into a resource's containers at {@code destinationPath} (unique per resource). */
public record StorageAttachment(String id, String organizationId, String resourceId, String storageVolumeId,
                                String destinationPath, MountMode mountMode, Instant attachedAt) {
}

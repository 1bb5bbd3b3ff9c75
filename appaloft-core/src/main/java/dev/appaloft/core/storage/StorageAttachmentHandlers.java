package dev.appaloft.core.storage;

import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_ATTACH_STORAGE;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DETACH_STORAGE;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.storage.AttachStorageInput;
import dev.appaloft.api.storage.DetachStorageInput;
import dev.appaloft.api.storage.MountMode;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.Map;

/**
 * {@code resources.attachStorage|detachStorage}: which volumes of its environment a resource mounts,
 * and where. It takes effect with the resource's next deployment; the running container keeps the
 * mounts it started with.
 */
public final class StorageAttachmentHandlers {

    private final CoreContext ctx;

    private StorageAttachmentHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        StorageAttachmentHandlers h = new StorageAttachmentHandlers(ctx);
        registry.register(RESOURCES_ATTACH_STORAGE, h::attach);
        registry.register(RESOURCES_DETACH_STORAGE, h::detach);
    }

    IdOutput attach(AttachStorageInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String volumeId = v.text("storageVolumeId", in.storageVolumeId(), 200);
        v.required("destinationPath", in.destinationPath());
        String destination = StoragePaths.absolute(v, "destinationPath", in.destinationPath());
        v.throwIfInvalid();
        MountMode mode = in.mountMode() == null ? MountMode.READ_WRITE : in.mountMode();
        return ctx.command(actor, "resources.attachStorage", uow -> {
            Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), resourceId).value();
            resource.ensureActive();
            StorageVolume volume = StorageRepositories.requireActive(uow.tx(), actor.organizationId(), volumeId).value();
            if (!volume.environmentId().equals(resource.environmentId())) {
                throw AppaloftException.validation("storageVolumeId", "storage volume " + volumeId
                        + " belongs to another environment than resource " + resourceId);
            }
            StorageAttachment attachment = new StorageAttachment(Ids.next("sat"), actor.organizationId(), resourceId,
                    volumeId, destination, mode, uow.now());
            StorageRepositories.ATTACHMENTS.insert(uow.tx(), attachment, uow.now());
            uow.event("resource-storage-attached", resourceId, Map.of("attachmentId", attachment.id(),
                    "storageVolumeId", volumeId, "destinationPath", destination, "mountMode", mode.wire()));
            return new IdOutput(attachment.id());
        });
    }

    IdOutput detach(DetachStorageInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String attachmentId = v.text("attachmentId", in.attachmentId(), 200);
        v.throwIfInvalid();
        return ctx.command(actor, "resources.detachStorage", uow -> {
            ResourceRepository.require(uow.tx(), actor.organizationId(), resourceId).value().ensureActive();
            Versioned<StorageAttachment> attachment = StorageRepositories.ATTACHMENTS
                    .findIn(uow.tx(), actor.organizationId(), attachmentId)
                    .filter(a -> a.value().resourceId().equals(resourceId))
                    .orElseThrow(() -> AppaloftException.notFound("storage attachment", attachmentId));
            StorageRepositories.ATTACHMENTS.delete(uow.tx(), attachment);
            uow.event("resource-storage-detached", resourceId, Map.of("attachmentId", attachmentId,
                    "storageVolumeId", attachment.value().storageVolumeId(),
                    "destinationPath", attachment.value().destinationPath()));
            return new IdOutput(attachmentId);
        });
    }
}

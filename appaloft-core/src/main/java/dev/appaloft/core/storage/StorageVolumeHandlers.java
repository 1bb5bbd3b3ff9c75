package dev.appaloft.core.storage;

import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_CREATE;
import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_DELETE;
import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_LIST;
import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_RENAME;
import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.storage.CreateStorageVolumeInput;
import dev.appaloft.api.storage.DeleteStorageVolumeInput;
import dev.appaloft.api.storage.ListStorageVolumesInput;
import dev.appaloft.api.storage.RenameStorageVolumeInput;
import dev.appaloft.api.storage.ShowStorageVolumeInput;
import dev.appaloft.api.storage.StorageVolumeKind;
import dev.appaloft.api.storage.StorageVolumeList;
import dev.appaloft.api.storage.StorageVolumeShown;
import dev.appaloft.api.storage.StorageVolumeView;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code storageVolumes.create|list|show|rename|delete}: the storage records of environments.
 * Nothing here touches a server: named volumes are made when a deployment first mounts them, and
 * removed only by {@code storageVolumes.cleanupRuntime}.
 */
public final class StorageVolumeHandlers {

    private final CoreContext ctx;

    private StorageVolumeHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        StorageVolumeHandlers h = new StorageVolumeHandlers(ctx);
        registry.register(STORAGE_VOLUMES_CREATE, h::create);
        registry.register(STORAGE_VOLUMES_LIST, h::list);
        registry.register(STORAGE_VOLUMES_SHOW, h::show);
        registry.register(STORAGE_VOLUMES_RENAME, h::rename);
        registry.register(STORAGE_VOLUMES_DELETE, h::delete);
    }

    IdOutput create(CreateStorageVolumeInput in, Actor actor) {
        Validation v = new Validation();
        String projectId = v.text("projectId", in.projectId(), 200);
        String environmentId = v.text("environmentId", in.environmentId(), 200);
        String name = v.text("name", in.name(), 120);
        v.required("kind", in.kind());
        String description = v.optionalText("description", in.description(), 2000);
        String sourcePath = StoragePaths.absolute(v, "sourcePath", in.sourcePath());
        if (in.kind() == StorageVolumeKind.BIND_MOUNT) {
            v.check(in.sourcePath() != null, "sourcePath", "sourcePath is required for a bind-mount");
        } else if (in.kind() == StorageVolumeKind.NAMED_VOLUME) {
            v.check(in.sourcePath() == null, "sourcePath", "sourcePath is only for a bind-mount");
        }
        String slug = name == null ? null : Slugs.of(name);
        boolean retention = in.backupRelationship() != null
                && Boolean.TRUE.equals(in.backupRelationship().retentionRequired());
        String reason = in.backupRelationship() == null ? null
                : v.optionalText("backupRelationship.reason", in.backupRelationship().reason(), 500);
        v.throwIfInvalid();
        return ctx.command(actor, "storageVolumes.create", uow -> {
            ProjectRepository.require(uow.tx(), actor.organizationId(), projectId).value().ensureActive();
            Environment env = EnvironmentRepository.require(uow.tx(), actor.organizationId(), environmentId).value();
            if (!env.projectId().equals(projectId)) {
                throw AppaloftException.validation("environmentId",
                        "environment " + env.id() + " does not belong to project " + projectId);
            }
            env.ensureCanAcceptMutation();
            StorageVolume volume = new StorageVolume(Ids.next("stv"), actor.organizationId(), projectId, env.id(), name,
                    slug, in.kind(), description, sourcePath, retention, reason, uow.now(), null);
            StorageRepositories.VOLUMES.insert(uow.tx(), volume, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("projectId", projectId);
            payload.put("environmentId", env.id());
            payload.put("name", name);
            payload.put("slug", slug);
            payload.put("kind", in.kind().wire());
            uow.event("storage-volume-created", volume.id(), payload);
            return new IdOutput(volume.id());
        });
    }

    StorageVolumeList list(ListStorageVolumesInput in, Actor actor) {
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                .with(IndexFields.PROJECT_ID, Validation.filter(in.projectId()))
                .with(IndexFields.ENVIRONMENT_ID, Validation.filter(in.environmentId()))
                .with(IndexFields.STATUS, StorageVolume.ACTIVE);
        List<StorageVolumeView> items = ctx.read(r -> StorageRepositories.VOLUMES.values(r, DocumentQuery.where(where))
                .stream().sorted(Comparator.comparing(StorageVolume::createdAt).thenComparing(StorageVolume::id))
                .map(volume -> StorageVolumeViews.view(r, volume)).toList());
        return new StorageVolumeList(StorageVolumeList.SCHEMA_VERSION, items, Timestamps.format(ctx.now()));
    }

    StorageVolumeShown show(ShowStorageVolumeInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("storageVolumeId", in.storageVolumeId(), 200);
        v.throwIfInvalid();
        StorageVolumeView view = ctx.read(r -> StorageVolumeViews.view(r,
                StorageRepositories.VOLUMES.require(r, actor.organizationId(), id).value()));
        return new StorageVolumeShown(StorageVolumeShown.SCHEMA_VERSION, view, Timestamps.format(ctx.now()));
    }

    IdOutput rename(RenameStorageVolumeInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("storageVolumeId", in.storageVolumeId(), 200);
        String name = v.text("name", in.name(), 120);
        String slug = name == null ? null : Slugs.of(name);
        v.throwIfInvalid();
        return ctx.command(actor, "storageVolumes.rename", uow -> {
            Versioned<StorageVolume> current = StorageRepositories.requireActive(uow.tx(), actor.organizationId(), id);
            if (current.value().name().equals(name)) {
                return new IdOutput(id); // already so named: nothing to write
            }
            StorageRepositories.VOLUMES.update(uow.tx(), current, current.value().rename(name, slug), uow.now());
            uow.event("storage-volume-renamed", id, Map.of("previousName", current.value().name(), "name", name,
                    "slug", slug));
            return new IdOutput(id);
        });
    }

    IdOutput delete(DeleteStorageVolumeInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("storageVolumeId", in.storageVolumeId(), 200);
        v.throwIfInvalid();
        return ctx.command(actor, "storageVolumes.delete", uow -> {
            Versioned<StorageVolume> current = StorageRepositories.requireActive(uow.tx(), actor.organizationId(), id);
            List<String> attachedTo = StorageRepositories.ofVolume(uow.tx(), actor.organizationId(), id).stream()
                    .map(StorageAttachment::resourceId).distinct().toList();
            if (!attachedTo.isEmpty()) {
                throw new AppaloftException(ErrorCode.STORAGE_VOLUME_DELETE_BLOCKED, "storage volume " + id
                        + " is attached to " + attachedTo.size() + " resource(s); detach it first", List.of(),
                        Map.of("blockers", List.of("active-attachment"), "resourceIds", attachedTo), null);
            }
            if (current.value().retentionRequired()) {
                throw new AppaloftException(ErrorCode.STORAGE_VOLUME_DELETE_BLOCKED, "storage volume " + id
                        + " must be retained for backups", List.of(), Map.of("blockers", List.of("backup-retention")),
                        null);
            }
            StorageRepositories.VOLUMES.update(uow.tx(), current, current.value().delete(uow.now()), uow.now());
            uow.event("storage-volume-deleted", id, Map.of("name", current.value().name(),
                    "kind", current.value().kind().wire()));
            return new IdOutput(id);
        });
    }
}

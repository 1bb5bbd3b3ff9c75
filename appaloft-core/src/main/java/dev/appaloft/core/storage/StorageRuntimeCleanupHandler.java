package dev.appaloft.core.storage;

import static dev.appaloft.api.catalog.DependencyOperations.STORAGE_VOLUMES_CLEANUP_RUNTIME;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.RuntimeVolume;
import dev.appaloft.api.runtime.RuntimeVolumes;
import dev.appaloft.api.servers.TargetKind;
import dev.appaloft.api.servers.capacity.CapacityTarget;
import dev.appaloft.api.storage.CleanupStorageRuntimeInput;
import dev.appaloft.api.storage.StorageRuntimeCleanup;
import dev.appaloft.api.storage.StorageRuntimeCleanup.Candidate;
import dev.appaloft.api.storage.StorageVolumeKind;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code storageVolumes.cleanupRuntime}: the Docker volume a storage volume left on one server,
 * removed only when nothing needs it: the volume is detached everywhere, no backup requires it, no
 * container mounts it, it is older than the cutoff and its labels prove it is Appaloft's. A dry run
 * unless told otherwise; a bind mount's host folder is never removed. A real run records one audit
 * event.
 */
public final class StorageRuntimeCleanupHandler {

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    private StorageRuntimeCleanupHandler(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes) {
        registry.register(STORAGE_VOLUMES_CLEANUP_RUNTIME, new StorageRuntimeCleanupHandler(ctx, runtimes)::cleanup);
    }

    StorageRuntimeCleanup cleanup(CleanupStorageRuntimeInput in, Actor actor) {
        Validation v = new Validation();
        String volumeId = v.text("storageVolumeId", in.storageVolumeId(), 200);
        String serverId = v.text("serverId", in.serverId(), 200);
        Instant before = v.requiredInstant("before", in.before());
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        StorageVolume volume = ctx.read(r -> StorageRepositories.VOLUMES.require(r, actor.organizationId(), volumeId))
                .value();
        Server server = ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId)).value();
        boolean attached = !volume.isDeleted()
                && !ctx.read(r -> StorageRepositories.ofVolume(r, actor.organizationId(), volumeId)).isEmpty();
        List<Candidate> candidates = new ArrayList<>();
        List<StorageRuntimeCleanup.Warning> warnings = new ArrayList<>();
        if (volume.kind() == StorageVolumeKind.BIND_MOUNT) {
            candidates.add(new Candidate(volume.id(), volume.kind(), volume.sourcePath(), null,
                    StorageRuntimeCleanup.BLOCKED, "bind-mount-unsupported"));
        } else {
            RuntimeVolumes volumes = StorageMounts.volumes(runtimes.require(server.providerKey(), server.id()));
            for (RuntimeVolume found : found(volumes, volume)) {
                candidates.add(decide(volumes, volume, found, attached, before, dryRun, warnings));
            }
        }
        Instant cleanedAt = ctx.now();
        StorageRuntimeCleanup.Summary summary = summary(candidates);
        if (!dryRun) {
            ctx.command(actor, "storageVolumes.cleanupRuntime", uow -> {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("serverId", server.id());
                payload.put("before", Timestamps.format(before));
                payload.put("matchedCount", summary.matchedCount());
                payload.put("cleanedCount", summary.cleanedCount());
                payload.put("blockedCount", summary.blockedCount());
                uow.event("storage-volume-runtime-cleaned", volume.id(), payload);
                return null;
            });
        }
        return new StorageRuntimeCleanup(StorageRuntimeCleanup.SCHEMA_VERSION,
                new StorageRuntimeCleanup.Volume(volume.id(), volume.name(), volume.kind()), target(server),
                Timestamps.format(before), dryRun, Timestamps.format(cleanedAt), summary, candidates, warnings);
    }

    /** The volumes labelled as this storage volume's, and one of its name whose labels do not say so. */
    private static List<RuntimeVolume> found(RuntimeVolumes volumes, StorageVolume volume) {
        List<RuntimeVolume> found = new ArrayList<>(volumes.list(Map.of(StorageMounts.LABEL_VOLUME, volume.id())));
        if (found.stream().noneMatch(f -> f.name().equals(volume.runtimeName()))) {
            volumes.find(volume.runtimeName()).ifPresent(found::add);
        }
        return found;
    }

    private static Candidate decide(RuntimeVolumes volumes, StorageVolume volume, RuntimeVolume found, boolean attached,
                                    Instant before, boolean dryRun, List<StorageRuntimeCleanup.Warning> warnings) {
        String updatedAt = found.createdAt() == null ? null : Timestamps.format(found.createdAt());
        String blocked = blockedReason(volume, found, attached, before);
        if (blocked != null) {
            return new Candidate(found.name(), volume.kind(), found.name(), updatedAt, StorageRuntimeCleanup.BLOCKED,
                    blocked);
        }
        if (dryRun) {
            return new Candidate(found.name(), volume.kind(), found.name(), updatedAt, StorageRuntimeCleanup.MATCHED,
                    null);
        }
        try {
            volumes.remove(found.name());
            return new Candidate(found.name(), volume.kind(), found.name(), updatedAt, StorageRuntimeCleanup.CLEANED,
                    null);
        } catch (AppaloftException e) {
            // e.g. a container started mounting it since it was inspected: kept, and said so
            warnings.add(new StorageRuntimeCleanup.Warning("storage-runtime-removal-refused", e.getMessage(),
                    found.name()));
            return new Candidate(found.name(), volume.kind(), found.name(), updatedAt, StorageRuntimeCleanup.SKIPPED,
                    null);
        }
    }

    private static String blockedReason(StorageVolume volume, RuntimeVolume found, boolean attached, Instant before) {
        if (!volume.id().equals(found.labels().get(StorageMounts.LABEL_VOLUME))) {
            return "ownership-unproven";
        }
        if (attached) {
            return "active-attachment";
        }
        if (volume.retentionRequired()) {
            return "backup-retention";
        }
        if (!found.usedBy().isEmpty()) {
            return "active-runtime";
        }
        if (found.createdAt() == null) {
            return "safety-evidence-missing";
        }
        if (!found.createdAt().isBefore(before)) {
            return "cutoff-not-reached";
        }
        return null;
    }

    private static StorageRuntimeCleanup.Summary summary(List<Candidate> candidates) {
        long matched = 0;
        long cleaned = 0;
        long skipped = 0;
        long blocked = 0;
        for (Candidate c : candidates) {
            switch (c.action()) {
                case StorageRuntimeCleanup.MATCHED -> matched++;
                case StorageRuntimeCleanup.CLEANED -> cleaned++;
                case StorageRuntimeCleanup.SKIPPED -> skipped++;
                default -> blocked++;
            }
        }
        // in a real run every candidate past the guards was matched, then cleaned (or refused: skipped)
        return new StorageRuntimeCleanup.Summary(candidates.size(), matched + cleaned + skipped, cleaned, skipped,
                blocked);
    }

    private static CapacityTarget target(Server server) {
        return new CapacityTarget(server.id(), server.name(), server.host(), server.port(), server.providerKey(),
                server.targetKind() == TargetKind.ORCHESTRATOR_CLUSTER ? "orchestrator-cluster" : "single-server");
    }
}

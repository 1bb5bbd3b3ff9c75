package dev.appaloft.core.storage;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.runtime.RuntimeVolumes;
import dev.appaloft.api.runtime.VolumeMount;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.storage.MountMode;
import dev.appaloft.api.storage.StorageVolumeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage a resource's new container mounts: its attachments as they are when the deployment
 * starts the container (so a rollback or redeploy mounts the same data). Named volumes are made on
 * the server first, labelled as Appaloft's, which is how {@code storageVolumes.cleanupRuntime}
 * recognizes them later.
 */
public final class StorageMounts {

    public static final String LABEL_VOLUME = "appaloft.storage-volume";

    private StorageMounts() {
    }

    /** A mount as read from the store, before anything is made on the server. */
    public record Planned(StorageVolume volume, StorageAttachment attachment) {
    }

    /** What to mount for a resource, read in one store read. */
    public static List<Planned> plan(StoreReader r, String organizationId, String resourceId) {
        List<Planned> planned = new ArrayList<>();
        for (StorageAttachment a : StorageRepositories.ofResource(r, organizationId, resourceId)) {
            StorageRepositories.VOLUMES.findIn(r, organizationId, a.storageVolumeId())
                    .filter(v -> !v.value().isDeleted())
                    .ifPresent(v -> planned.add(new Planned(v.value(), a)));
        }
        return planned;
    }

    /**
     * Makes the named volumes of {@code planned} on the runtime's server and answers the mounts of
     * the candidate; {@code storage_runtime_unsupported} when a named volume is needed on a runtime
     * that keeps none.
     */
    public static List<VolumeMount> realize(List<Planned> planned, DeploymentRuntime runtime, RuntimeLog log) {
        List<VolumeMount> mounts = new ArrayList<>();
        for (Planned p : planned) {
            StorageVolume volume = p.volume();
            boolean readOnly = p.attachment().mountMode() == MountMode.READ_ONLY;
            String target = p.attachment().destinationPath();
            if (volume.kind() == StorageVolumeKind.BIND_MOUNT) {
                mounts.add(new VolumeMount(volume.sourcePath(), target, readOnly, true));
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "binding host folder " + volume.sourcePath()
                        + " (storage " + volume.name() + ") at " + target + (readOnly ? " read-only" : ""));
                continue;
            }
            RuntimeVolumes volumes = volumes(runtime);
            try {
                volumes.ensure(volume.runtimeName(), labels(volume));
            } catch (AppaloftException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new AppaloftException(ErrorCode.STORAGE_RUNTIME_FAILED, "the server could not make the volume "
                        + volume.runtimeName() + ": " + e.getMessage());
            }
            mounts.add(VolumeMount.volume(volume.runtimeName(), target, readOnly));
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "mounting volume " + volume.runtimeName()
                    + " (storage " + volume.name() + ") at " + target + (readOnly ? " read-only" : ""));
        }
        return mounts;
    }

    static RuntimeVolumes volumes(DeploymentRuntime runtime) {
        Optional<RuntimeVolumes> volumes = runtime.volumes();
        return volumes.orElseThrow(() -> new AppaloftException(ErrorCode.STORAGE_RUNTIME_UNSUPPORTED,
                "the server's runtime keeps no named volumes, so storage cannot be mounted there"));
    }

    static Map<String, String> labels(StorageVolume volume) {
        return Map.of(LABEL_VOLUME, volume.id(), "appaloft.project", volume.projectId(), "appaloft.environment",
                volume.environmentId());
    }
}

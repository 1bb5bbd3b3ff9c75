package dev.appaloft.api;

import static dev.appaloft.api.catalog.DependencyOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.storage.*;

/**
 * The {@code storageVolumes.*} operations: durable storage of an environment (a Docker named
 * volume, or a host folder), which resources mount through {@link ResourcesApi#attachStorage}, and
 * the cleanup of a volume's data on a server once nothing needs it.
 */
public final class StorageVolumesApi {

    private final OperationExecutor executor;

    public StorageVolumesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateStorageVolumeInput input) {
        return executor.execute(STORAGE_VOLUMES_CREATE, input);
    }

    public StorageVolumeList list(ListStorageVolumesInput input) {
        return executor.execute(STORAGE_VOLUMES_LIST, input);
    }

    public StorageVolumeShown show(String storageVolumeId) {
        return executor.execute(STORAGE_VOLUMES_SHOW, new ShowStorageVolumeInput(storageVolumeId));
    }

    public IdOutput rename(String storageVolumeId, String name) {
        return executor.execute(STORAGE_VOLUMES_RENAME, new RenameStorageVolumeInput(storageVolumeId, name));
    }

    public IdOutput delete(String storageVolumeId) {
        return executor.execute(STORAGE_VOLUMES_DELETE, new DeleteStorageVolumeInput(storageVolumeId));
    }

    public StorageRuntimeCleanup cleanupRuntime(CleanupStorageRuntimeInput input) {
        return executor.execute(STORAGE_VOLUMES_CLEANUP_RUNTIME, input);
    }
}

package dev.appaloft.api.storage;

/**
 * {@code resources.attachStorage}: mounts a volume of the resource's environment at an absolute
 * path inside every container the resource's next deployments start ({@code read-write} unless told).
 */
public record AttachStorageInput(String resourceId, String storageVolumeId, String destinationPath,
                                 MountMode mountMode) {

    public static AttachStorageInput of(String resourceId, String storageVolumeId, String destinationPath) {
        return new AttachStorageInput(resourceId, storageVolumeId, destinationPath, null);
    }
}

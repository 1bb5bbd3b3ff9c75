package dev.appaloft.api.storage;

/**
 * {@code storageVolumes.delete}: removes the volume's record, refused while a resource has it
 * attached or its backup relationship requires retention. The data on servers stays until
 * {@code storageVolumes.cleanupRuntime} removes it.
 */
public record DeleteStorageVolumeInput(String storageVolumeId) {
}

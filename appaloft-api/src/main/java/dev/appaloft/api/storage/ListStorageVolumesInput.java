package dev.appaloft.api.storage;

/** {@code storageVolumes.list}: the organization's volumes, optionally of one project or environment. */
public record ListStorageVolumesInput(String projectId, String environmentId) {

    public static ListStorageVolumesInput all() {
        return new ListStorageVolumesInput(null, null);
    }
}

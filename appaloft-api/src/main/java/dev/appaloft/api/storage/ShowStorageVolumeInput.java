package dev.appaloft.api.storage;

public record ShowStorageVolumeInput(String storageVolumeId) {
}

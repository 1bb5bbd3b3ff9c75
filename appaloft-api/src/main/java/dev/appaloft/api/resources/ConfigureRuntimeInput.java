package dev.appaloft.api.resources;

public record ConfigureRuntimeInput(String resourceId, RuntimeProfile runtimeProfile, String idempotencyKey) {
}

package dev.appaloft.api.resources;

public record ConfigureSourceInput(String resourceId, SourceBinding source, String idempotencyKey) {
}

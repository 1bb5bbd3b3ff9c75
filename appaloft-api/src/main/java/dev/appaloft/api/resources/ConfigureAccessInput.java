package dev.appaloft.api.resources;

public record ConfigureAccessInput(String resourceId, AccessProfile accessProfile) {
}

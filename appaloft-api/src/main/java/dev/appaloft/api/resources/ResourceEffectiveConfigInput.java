package dev.appaloft.api.resources;

public record ResourceEffectiveConfigInput(String resourceId) {
}

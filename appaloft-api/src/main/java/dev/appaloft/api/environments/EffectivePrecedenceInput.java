package dev.appaloft.api.environments;

public record EffectivePrecedenceInput(String environmentId) {
}

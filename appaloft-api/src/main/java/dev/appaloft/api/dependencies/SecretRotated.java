package dev.appaloft.api.dependencies;

/** What a rotation answers: the binding, when, and the new version (never the value). */
public record SecretRotated(String id, String rotatedAt, String secretVersion) {
}

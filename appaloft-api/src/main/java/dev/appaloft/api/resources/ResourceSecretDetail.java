package dev.appaloft.api.resources;

public record ResourceSecretDetail(String schemaVersion, ResourceSecretView secret, String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.secrets.show/v1";
}

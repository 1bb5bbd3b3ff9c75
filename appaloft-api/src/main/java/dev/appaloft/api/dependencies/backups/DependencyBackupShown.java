package dev.appaloft.api.dependencies.backups;

public record DependencyBackupShown(String schemaVersion, DependencyBackupView backup, String generatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resources.backups.show/v1";
}

package dev.appaloft.api.dependencies.backups;

import java.util.List;

public record DependencyBackupList(String schemaVersion, List<DependencyBackupView> items, String generatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resources.backups.list/v1";
}

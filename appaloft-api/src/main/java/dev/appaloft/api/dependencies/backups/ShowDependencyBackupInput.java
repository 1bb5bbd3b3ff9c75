package dev.appaloft.api.dependencies.backups;

public record ShowDependencyBackupInput(String backupId) {
}

package dev.appaloft.api.dependencies.backups;

/** {@code dependencyResources.listBackups}: one resource's backups, newest first, optionally of one status. */
public record ListDependencyBackupsInput(String dependencyResourceId, DependencyBackupStatus status) {

    public static ListDependencyBackupsInput of(String dependencyResourceId) {
        return new ListDependencyBackupsInput(dependencyResourceId, null);
    }
}

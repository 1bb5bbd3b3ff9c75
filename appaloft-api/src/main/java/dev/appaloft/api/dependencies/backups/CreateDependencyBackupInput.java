package dev.appaloft.api.dependencies.backups;

/** {@code dependencyResources.createBackup}: a dump of the database now; {@code providerKey}, when given, must be the resource's. */
public record CreateDependencyBackupInput(String dependencyResourceId, String description, String providerKey) {

    public static CreateDependencyBackupInput of(String dependencyResourceId) {
        return new CreateDependencyBackupInput(dependencyResourceId, null, null);
    }
}

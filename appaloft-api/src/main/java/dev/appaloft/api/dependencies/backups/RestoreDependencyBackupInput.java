package dev.appaloft.api.dependencies.backups;

/**
 * {@code dependencyResources.restoreBackup}: replays a ready backup into the same database,
 * replacing what its objects hold now. Both acknowledgements must be {@code true}: the data is
 * overwritten, and the database's container is not restarted (connected apps keep their sessions).
 */
public record RestoreDependencyBackupInput(String backupId, Boolean acknowledgeDataOverwrite,
                                           Boolean acknowledgeRuntimeNotRestarted, String restoreLabel) {

    public static RestoreDependencyBackupInput acknowledged(String backupId) {
        return new RestoreDependencyBackupInput(backupId, true, true, null);
    }
}

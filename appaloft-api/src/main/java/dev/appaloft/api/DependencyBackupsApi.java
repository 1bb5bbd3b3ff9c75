package dev.appaloft.api;

import static dev.appaloft.api.catalog.DependencyOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.backups.*;

/**
 * Backups of managed databases ({@code dependencyResources.createBackup|listBackups|showBackup|
 * restoreBackup}) and their schedules ({@code dependencyResources.configureBackupPolicy|
 * listBackupPolicies|showBackupPolicy}). A backup and a restore run as background work: their
 * commands answer at once, and {@link #showBackup} tells how they ended.
 */
public final class DependencyBackupsApi {

    private final OperationExecutor executor;

    public DependencyBackupsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput createBackup(CreateDependencyBackupInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_CREATE_BACKUP, input);
    }

    public DependencyBackupList listBackups(ListDependencyBackupsInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_LIST_BACKUPS, input);
    }

    public DependencyBackupShown showBackup(String backupId) {
        return executor.execute(DEPENDENCY_RESOURCES_SHOW_BACKUP, new ShowDependencyBackupInput(backupId));
    }

    public IdOutput restoreBackup(RestoreDependencyBackupInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_RESTORE_BACKUP, input);
    }

    public IdOutput configureBackupPolicy(ConfigureBackupPolicyInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY, input);
    }

    public BackupPolicyList listBackupPolicies(ListBackupPoliciesInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES, input);
    }

    public BackupPolicyShown showBackupPolicy(String policyId) {
        return executor.execute(DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY, new ShowBackupPolicyInput(policyId));
    }
}

package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.*;
import dev.appaloft.api.dependencies.backups.*;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.storage.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of databases, caches and storage. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class DependencyOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CreateStorageVolumeInput, IdOutput> STORAGE_VOLUMES_CREATE =
            Operation.of(API, "storageVolumes.create", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes", 201,
                    CreateStorageVolumeInput.class, IdOutput.class);
    public static final Operation<ListStorageVolumesInput, StorageVolumeList> STORAGE_VOLUMES_LIST =
            Operation.of(API, "storageVolumes.list", OperationKind.QUERY, HttpMethod.GET, "/storage-volumes", 200,
                    ListStorageVolumesInput.class, StorageVolumeList.class);
    public static final Operation<ShowStorageVolumeInput, StorageVolumeShown> STORAGE_VOLUMES_SHOW =
            Operation.of(API, "storageVolumes.show", OperationKind.QUERY, HttpMethod.GET, "/storage-volumes/{storageVolumeId}", 200,
                    ShowStorageVolumeInput.class, StorageVolumeShown.class);
    public static final Operation<DeleteStorageVolumeInput, IdOutput> STORAGE_VOLUMES_DELETE =
            Operation.of(API, "storageVolumes.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/storage-volumes/{storageVolumeId}", 200,
                    DeleteStorageVolumeInput.class, IdOutput.class);
    public static final Operation<RenameStorageVolumeInput, IdOutput> STORAGE_VOLUMES_RENAME =
            Operation.of(API, "storageVolumes.rename", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes/{storageVolumeId}/rename", 200,
                    RenameStorageVolumeInput.class, IdOutput.class);
    public static final Operation<CleanupStorageRuntimeInput, StorageRuntimeCleanup> STORAGE_VOLUMES_CLEANUP_RUNTIME =
            Operation.of(API, "storageVolumes.cleanupRuntime", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes/{storageVolumeId}/runtime-cleanup", 200,
                    CleanupStorageRuntimeInput.class, StorageRuntimeCleanup.class);
    public static final Operation<PlanDependencyProvisioningInput, DependencyProvisioningPlan> DEPENDENCY_RESOURCES_PROVISIONING_PLAN =
            Operation.of(API, "dependencyResources.provisioning.plan", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provisioning/plan", 201,
                    PlanDependencyProvisioningInput.class, DependencyProvisioningPlan.class);
    public static final Operation<AcceptDependencyProvisioningInput, DependencyProvisioningPlan> DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT =
            Operation.of(API, "dependencyResources.provisioning.accept", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provisioning/{planId}/accept", 202,
                    AcceptDependencyProvisioningInput.class, DependencyProvisioningPlan.class);
    public static final Operation<ShowDependencyProvisioningInput, DependencyProvisioningPlan> DEPENDENCY_RESOURCES_PROVISIONING_STATUS =
            Operation.of(API, "dependencyResources.provisioning.status", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/provisioning/{planId}", 200,
                    ShowDependencyProvisioningInput.class, DependencyProvisioningPlan.class);
    public static final Operation<CountDependencyResourcesInput, CountOutput> DEPENDENCY_RESOURCES_COUNT =
            Operation.of(API, "dependencyResources.count", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/count", 200,
                    CountDependencyResourcesInput.class, CountOutput.class);
    public static final Operation<ProvisionDependencyResourceInput, IdOutput> DEPENDENCY_RESOURCES_PROVISION =
            Operation.of(API, "dependencyResources.provision", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provision", 201,
                    ProvisionDependencyResourceInput.class, IdOutput.class);
    public static final Operation<ImportDependencyResourceInput, IdOutput> DEPENDENCY_RESOURCES_IMPORT =
            Operation.of(API, "dependencyResources.import", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/import", 201,
                    ImportDependencyResourceInput.class, IdOutput.class);
    public static final Operation<ListDependencyResourcesInput, DependencyResourceList> DEPENDENCY_RESOURCES_LIST =
            Operation.of(API, "dependencyResources.list", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources", 200,
                    ListDependencyResourcesInput.class, DependencyResourceList.class);
    public static final Operation<ShowDependencyResourceInput, DependencyResourceShown> DEPENDENCY_RESOURCES_SHOW =
            Operation.of(API, "dependencyResources.show", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/{dependencyResourceId}", 200,
                    ShowDependencyResourceInput.class, DependencyResourceShown.class);
    public static final Operation<DeleteDependencyResourceInput, IdOutput> DEPENDENCY_RESOURCES_DELETE =
            Operation.of(API, "dependencyResources.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/dependency-resources/{dependencyResourceId}", 200,
                    DeleteDependencyResourceInput.class, IdOutput.class);
    public static final Operation<RenameDependencyResourceInput, IdOutput> DEPENDENCY_RESOURCES_RENAME =
            Operation.of(API, "dependencyResources.rename", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/{dependencyResourceId}/rename", 200,
                    RenameDependencyResourceInput.class, IdOutput.class);
    public static final Operation<CreateDependencyBackupInput, IdOutput> DEPENDENCY_RESOURCES_CREATE_BACKUP =
            Operation.of(API, "dependencyResources.createBackup", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/{dependencyResourceId}/backups", 201,
                    CreateDependencyBackupInput.class, IdOutput.class);
    public static final Operation<ListDependencyBackupsInput, DependencyBackupList> DEPENDENCY_RESOURCES_LIST_BACKUPS =
            Operation.of(API, "dependencyResources.listBackups", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/{dependencyResourceId}/backups", 200,
                    ListDependencyBackupsInput.class, DependencyBackupList.class);
    public static final Operation<ShowDependencyBackupInput, DependencyBackupShown> DEPENDENCY_RESOURCES_SHOW_BACKUP =
            Operation.of(API, "dependencyResources.showBackup", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backups/{backupId}", 200,
                    ShowDependencyBackupInput.class, DependencyBackupShown.class);
    public static final Operation<RestoreDependencyBackupInput, IdOutput> DEPENDENCY_RESOURCES_RESTORE_BACKUP =
            Operation.of(API, "dependencyResources.restoreBackup", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/backups/{backupId}/restore", 202,
                    RestoreDependencyBackupInput.class, IdOutput.class);
    public static final Operation<ConfigureBackupPolicyInput, IdOutput> DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY =
            Operation.of(API, "dependencyResources.configureBackupPolicy", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/backup-policies", 201,
                    ConfigureBackupPolicyInput.class, IdOutput.class);
    public static final Operation<ListBackupPoliciesInput, BackupPolicyList> DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES =
            Operation.of(API, "dependencyResources.listBackupPolicies", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backup-policies", 200,
                    ListBackupPoliciesInput.class, BackupPolicyList.class);
    public static final Operation<ShowBackupPolicyInput, BackupPolicyShown> DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY =
            Operation.of(API, "dependencyResources.showBackupPolicy", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backup-policies/{policyId}", 200,
                    ShowBackupPolicyInput.class, BackupPolicyShown.class);

    private DependencyOperations() {
    }
}

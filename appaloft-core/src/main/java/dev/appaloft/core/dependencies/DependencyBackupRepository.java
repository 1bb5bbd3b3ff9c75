package dev.appaloft.core.dependencies;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.core.internal.Repository;
import java.util.Map;
import java.util.Set;

/** Where backups and backup policies are kept, read within one organization. */
final class DependencyBackupRepository {

    static final String RESOURCE = "dependency_resource_id";

    static final Repository<DependencyBackup> BACKUPS = Repository
            .of(StoreCollections.DEPENDENCY_BACKUPS, DependencyBackup.class)
            .id(DependencyBackup::id).createdAt(DependencyBackup::createdAt)
            .organization(DependencyBackup::organizationId)
            .index(b -> DocumentIndex.NONE.with(RESOURCE, b.dependencyResourceId())
                    .with(IndexFields.STATUS, b.status().wire()).with("policy_id", b.policyId())
                    .with("retention_status", b.retentionStatus()))
            // one dump or restore of a resource at a time, across processes
            .keys(b -> b.busy() ? Set.of(busyKey(b.dependencyResourceId())) : Set.of())
            .notFound(id -> AppaloftException.notFound("dependency resource backup", id))
            .conflicts((r, e, b) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? inProgress(b.dependencyResourceId(), null) : null)
            .build();

    static final Repository<DependencyBackupPolicy> POLICIES = Repository
            .of(StoreCollections.DEPENDENCY_BACKUP_POLICIES, DependencyBackupPolicy.class)
            .id(DependencyBackupPolicy::id).createdAt(DependencyBackupPolicy::createdAt)
            .organization(DependencyBackupPolicy::organizationId)
            .index(p -> DocumentIndex.NONE.with(RESOURCE, p.dependencyResourceId())
                    .with("enabled", String.valueOf(p.enabled())).with("next_run_at_ms", p.nextRunAt().toEpochMilli()))
            .keys(p -> Set.of(policyKey(p.dependencyResourceId())))
            .notFound(id -> AppaloftException.notFound("dependency resource backup policy", id))
            .build();

    private DependencyBackupRepository() {
    }

    static String busyKey(String dependencyResourceId) {
        return "busy:" + dependencyResourceId;
    }

    static String policyKey(String dependencyResourceId) {
        return "policy:" + dependencyResourceId;
    }

    static AppaloftException inProgress(String dependencyResourceId, String backupId) {
        return new AppaloftException(ErrorCode.DEPENDENCY_BACKUP_IN_PROGRESS, "a backup or restore of dependency resource "
                + dependencyResourceId + " is running; try again when it has ended", java.util.List.of(),
                backupId == null ? Map.of("dependencyResourceId", dependencyResourceId)
                        : Map.of("dependencyResourceId", dependencyResourceId, "backupId", backupId), null);
    }
}

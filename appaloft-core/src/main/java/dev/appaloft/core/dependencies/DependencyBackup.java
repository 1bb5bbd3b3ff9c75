package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.dependencies.backups.RestoreStatus;
import java.time.Instant;

/**
 * A dump of one dependency resource: {@code pending} until its work item has stored the dump
 * ({@code ready}: the artifact's key, size and SHA-256 are known) or given up ({@code failed}).
 * While it is pending, or a restore of it is, its resource is busy: no other backup or restore of
 * it starts (a unique key in the store makes that hold across processes). Retention ends with
 * {@code retentionStatus} {@code none}: the dump is deleted, the record stays as history.
 */
public record DependencyBackup(String id, String organizationId, String dependencyResourceId, String projectId,
                               String environmentId, DependencyKind kind, String providerKey, String description,
                               String policyId, DependencyBackupStatus status, String attemptId, Instant requestedAt,
                               String retentionStatus, String artifactKey, Long sizeBytes, String sha256, String format,
                               Instant completedAt, Instant failedAt, String failureCode, String failureMessage,
                               Restore latestRestore, Instant createdAt) {

    static final String RETAINED = "retained";
    static final String NOT_RETAINED = "none";

    /** One restore of this backup into its resource. */
    public record Restore(String attemptId, RestoreStatus status, String label, Instant requestedAt,
                          Instant completedAt, Instant failedAt, String failureCode, String failureMessage) {
    }

    static DependencyBackup requested(String id, DependencyResource d, String description, String policyId,
                                      String attemptId, Instant now) {
        return new DependencyBackup(id, d.organizationId(), d.id(), d.projectId(), d.environmentId(), d.kind(),
                d.providerKey(), description, policyId, DependencyBackupStatus.PENDING, attemptId, now, RETAINED, null,
                null, null, null, null, null, null, null, null, now);
    }

    /** Whether a dump or a restore of it is under way. */
    boolean busy() {
        return status == DependencyBackupStatus.PENDING
                || latestRestore != null && latestRestore.status() == RestoreStatus.PENDING;
    }

    boolean restorable() {
        return status == DependencyBackupStatus.READY && RETAINED.equals(retentionStatus) && artifactKey != null;
    }

    DependencyBackup ready(String key, long size, String digest, String dumpFormat, Instant now) {
        move(DependencyBackupStatus.READY);
        return new DependencyBackup(id, organizationId, dependencyResourceId, projectId, environmentId, kind,
                providerKey, description, policyId, DependencyBackupStatus.READY, attemptId, requestedAt,
                retentionStatus, key, size, digest, dumpFormat, now, null, null, null, latestRestore, createdAt);
    }

    DependencyBackup failed(String code, String message, Instant now) {
        move(DependencyBackupStatus.FAILED);
        return new DependencyBackup(id, organizationId, dependencyResourceId, projectId, environmentId, kind,
                providerKey, description, policyId, DependencyBackupStatus.FAILED, attemptId, requestedAt,
                NOT_RETAINED, null, null, null, null, null, now, code, message, latestRestore, createdAt);
    }

    DependencyBackup restoreRequested(String restoreAttemptId, String label, Instant now) {
        return withRestore(new Restore(restoreAttemptId, RestoreStatus.PENDING, label, now, null, null, null, null));
    }

    DependencyBackup restoreEnded(boolean completed, String code, String message, Instant now) {
        Restore r = latestRestore;
        RestoreStatus next = completed ? RestoreStatus.COMPLETED : RestoreStatus.FAILED;
        if (r == null || !r.status().canMoveTo(next)) {
            throw new IllegalStateException("no pending restore of backup " + id);
        }
        return withRestore(new Restore(r.attemptId(), next, r.label(), r.requestedAt(), completed ? now : null,
                completed ? null : now, code, message));
    }

    /** Retention is over: the dump is gone, the record stays. */
    DependencyBackup pruned() {
        return new DependencyBackup(id, organizationId, dependencyResourceId, projectId, environmentId, kind,
                providerKey, description, policyId, status, attemptId, requestedAt, NOT_RETAINED, null, sizeBytes,
                sha256, format, completedAt, failedAt, failureCode, failureMessage, latestRestore, createdAt);
    }

    private DependencyBackup withRestore(Restore restore) {
        return new DependencyBackup(id, organizationId, dependencyResourceId, projectId, environmentId, kind,
                providerKey, description, policyId, status, attemptId, requestedAt, retentionStatus, artifactKey,
                sizeBytes, sha256, format, completedAt, failedAt, failureCode, failureMessage, restore, createdAt);
    }

    private void move(DependencyBackupStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("backup " + id + " cannot go from " + status.wire() + " to " + next.wire());
        }
    }
}

package dev.appaloft.api.dependencies.backups;

import dev.appaloft.api.dependencies.DependencyKind;

/**
 * One backup as answered: its status and times, a safe handle of its stored dump (never a
 * credential or a path on the control plane), and the latest restore of it.
 */
public record DependencyBackupView(String id, String dependencyResourceId, String projectId, String environmentId,
                                   DependencyKind dependencyKind, String providerKey, DependencyBackupStatus status,
                                   String attemptId, String requestedAt, String retentionStatus,
                                   String providerArtifactHandle, String completedAt, String failedAt,
                                   String failureCode, String failureMessage, RestoreAttempt latestRestoreAttempt,
                                   String createdAt) {

    public record RestoreAttempt(String attemptId, RestoreStatus status, String requestedAt, String completedAt,
                                 String failedAt, String failureCode, String failureMessage) {
    }
}

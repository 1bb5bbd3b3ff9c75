package dev.appaloft.core.dependencies;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.backups.BackupPolicyView;
import dev.appaloft.api.dependencies.backups.DependencyBackupView;
import java.time.Instant;

/** How backups and policies are answered: times as text, the dump as a safe handle, never a credential. */
final class DependencyBackupViews {

    static final String HANDLE_PREFIX = "appaloft-artifact:";

    private DependencyBackupViews() {
    }

    static DependencyBackupView of(DependencyBackup b) {
        DependencyBackup.Restore r = b.latestRestore();
        DependencyBackupView.RestoreAttempt restore = r == null ? null : new DependencyBackupView.RestoreAttempt(
                r.attemptId(), r.status(), time(r.requestedAt()), time(r.completedAt()), time(r.failedAt()),
                r.failureCode(), r.failureMessage());
        return new DependencyBackupView(b.id(), b.dependencyResourceId(), b.projectId(), b.environmentId(), b.kind(),
                b.providerKey(), b.status(), b.attemptId(), time(b.requestedAt()), b.retentionStatus(),
                b.artifactKey() == null ? null : HANDLE_PREFIX + b.artifactKey(), time(b.completedAt()),
                time(b.failedAt()), b.failureCode(), b.failureMessage(), restore, time(b.createdAt()));
    }

    static BackupPolicyView of(DependencyBackupPolicy p) {
        return new BackupPolicyView(BackupPolicyView.SCHEMA_VERSION, p.id(), p.version(), p.dependencyResourceId(),
                p.retentionDays(), p.scheduleIntervalHours(), p.providerKey(), p.retryOnFailure(), p.enabled(),
                time(p.lastRunAt()), time(p.nextRunAt()), time(p.updatedAt()));
    }

    static String time(Instant at) {
        return at == null ? null : Timestamps.format(at);
    }
}

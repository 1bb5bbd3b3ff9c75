package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import dev.appaloft.core.work.WorkFailure;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background half of backups: a {@code dependency-backup} item dumps the database and marks
 * its backup ready (or, after its last attempt, failed), a {@code dependency-restore} item replays
 * a dump and records how the restore ended. Each re-reads its backup first, so an item that runs
 * again after a crash finds the work done and ends.
 */
final class DependencyBackupWork {

    static final String BACKUP_KIND = "dependency-backup";
    static final String RESTORE_KIND = "dependency-restore";
    private static final Logger LOG = LoggerFactory.getLogger(DependencyBackupWork.class);
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final ArtifactStore artifacts;
    private final Consumer<DependencyBackup> onReady;

    DependencyBackupWork(CoreContext ctx, DeploymentRuntimes runtimes, ArtifactStore artifacts,
                         Consumer<DependencyBackup> onReady) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.artifacts = artifacts;
        this.onReady = onReady;
    }

    void register(WorkKinds kinds) {
        kinds.register(new WorkKind(BACKUP_KIND, OperatorWorkKind.SYSTEM, "dependencyResources.createBackup", RETRY,
                this::backup));
        kinds.register(new WorkKind(RESTORE_KIND, OperatorWorkKind.SYSTEM, "dependencyResources.restoreBackup",
                new RetryPolicy(1, Duration.ofSeconds(30), Duration.ofMinutes(5)), this::restore));
        kinds.describe(BACKUP_KIND, (r, item) -> details(item));
        kinds.describe(RESTORE_KIND, (r, item) -> details(item));
    }

    record Run(String backupId, String restoreAttemptId) {
    }

    static WorkRequest backupRequest(DependencyBackup b) {
        return request(BACKUP_KIND, b, new Run(b.id(), null), BACKUP_KIND + ":" + b.id());
    }

    static WorkRequest restoreRequest(DependencyBackup b, String attemptId) {
        return request(RESTORE_KIND, b, new Run(b.id(), attemptId), RESTORE_KIND + ":" + attemptId).withMaxAttempts(1);
    }

    private static WorkRequest request(String kind, DependencyBackup b, Run run, String key) {
        return WorkRequest.of(kind, Json.write(run)).withIdempotencyKey(key).withOrganizationId(b.organizationId())
                .withReference("dependencyResourceId", b.dependencyResourceId()).withReference("backupId", b.id())
                .withMaxAttempts(RETRY.maxAttempts());
    }

    private void backup(WorkItem item) throws WorkFailure {
        Run run = Json.read(item.payload(), Run.class);
        Optional<Versioned<DependencyBackup>> found = ctx.read(r -> DependencyBackupRepository.BACKUPS.find(r,
                run.backupId()));
        if (found.isEmpty() || !found.get().value().busy()
                || found.get().value().status() != dev.appaloft.api.dependencies.backups.DependencyBackupStatus.PENDING) {
            return; // done already (a rerun after a crash), or gone
        }
        DependencyBackup b = found.get().value();
        StoredArtifact stored;
        try {
            Target target = target(b);
            String attempt = b.attemptId() + "-" + item.attempts();
            stored = switch (b.kind()) {
                case REDIS -> RedisDumps.dump(target.runtime(), target.instance(), artifacts, artifactKey(b), attempt);
                case MYSQL -> MysqlDumps.dump(target.runtime(), target.instance(), target.resource(),
                        password(target.resource()), artifacts, artifactKey(b), attempt);
                default -> PostgresDumps.dump(target.runtime(), target.instance(), target.resource(), artifacts,
                        artifactKey(b), attempt);
            };
        } catch (WorkFailure f) {
            if (!f.retriable() || item.attempts() >= item.maxAttempts()) {
                record(b, "dependencyResources.backup.run", uow -> {
                    DependencyBackup failed = current(uow.tx(), b).failed(f.error().code(), f.getMessage(), uow.now());
                    DependencyBackupRepository.BACKUPS.update(uow.tx(), fresh(uow.tx(), b), failed, uow.now());
                    uow.event("dependency-resource-backup-failed", b.id(), Map.of("dependencyResourceId",
                            b.dependencyResourceId(), "failureCode", f.error().code()));
                });
                throw new WorkFailure(f.error().phase(), f.error().code(), f.getMessage(), false);
            }
            throw f;
        }
        DependencyBackup ready = record(b, "dependencyResources.backup.run", uow -> {
            DependencyBackup done = current(uow.tx(), b).ready(stored.key(), stored.sizeBytes(), stored.sha256(),
                    format(b.kind()), uow.now());
            DependencyBackupRepository.BACKUPS.update(uow.tx(), fresh(uow.tx(), b), done, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dependencyResourceId", b.dependencyResourceId());
            payload.put("sizeBytes", stored.sizeBytes());
            payload.put("sha256", stored.sha256());
            uow.event("dependency-resource-backup-completed", b.id(), payload);
            return done;
        });
        LOG.info("backup {} of dependency resource {}: {} bytes, sha256 {}", b.id(), b.dependencyResourceId(),
                stored.sizeBytes(), stored.sha256());
        onReady.accept(ready);
    }

    private void restore(WorkItem item) throws WorkFailure {
        Run run = Json.read(item.payload(), Run.class);
        Optional<Versioned<DependencyBackup>> found = ctx.read(r -> DependencyBackupRepository.BACKUPS.find(r,
                run.backupId()));
        if (found.isEmpty() || found.get().value().latestRestore() == null
                || !found.get().value().latestRestore().attemptId().equals(run.restoreAttemptId())
                || found.get().value().latestRestore().status() != dev.appaloft.api.dependencies.backups.RestoreStatus.PENDING) {
            return;
        }
        DependencyBackup b = found.get().value();
        WorkFailure failure = null;
        try {
            Target target = target(b);
            if (b.kind() == DependencyKind.REDIS) {
                RedisDumps.restore(target.runtime(), target.instance(), artifacts, b, run.restoreAttemptId());
            } else if (b.kind() == DependencyKind.MYSQL) {
                MysqlDumps.restore(target.runtime(), target.instance(), target.resource(), password(target.resource()),
                        artifacts, b, run.restoreAttemptId());
            } else {
                PostgresDumps.restore(target.runtime(), target.instance(), target.resource(), artifacts, b,
                        run.restoreAttemptId());
            }
        } catch (WorkFailure f) {
            failure = f;
        }
        WorkFailure f = failure;
        record(b, "dependencyResources.restore.run", uow -> {
            DependencyBackup ended = current(uow.tx(), b).restoreEnded(f == null, f == null ? null : f.error().code(),
                    f == null ? null : f.getMessage(), uow.now());
            DependencyBackupRepository.BACKUPS.update(uow.tx(), fresh(uow.tx(), b), ended, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dependencyResourceId", b.dependencyResourceId());
            payload.put("attemptId", run.restoreAttemptId());
            if (f != null) {
                payload.put("failureCode", f.error().code());
            }
            uow.event(f == null ? "dependency-resource-restore-completed" : "dependency-resource-restore-failed", b.id(),
                    payload);
        });
        if (f != null) {
            throw new WorkFailure(f.error().phase(), f.error().code(), f.getMessage(), false);
        }
    }

    record Target(DependencyResource resource, DeploymentRuntime runtime, RuntimeInstance instance) {
    }

    private Target target(DependencyBackup b) throws WorkFailure {
        try {
            DependencyResource d = ctx.read(r -> DependencyRepository.RESOURCES.find(r, b.dependencyResourceId()))
                    .map(Versioned::value).filter(x -> !x.isDeleted()).orElseThrow(() -> new WorkFailure("resolve",
                            "dependency_resource_deleted", "the dependency resource was deleted", false));
            Server server = ctx.read(r -> ServerRepository.require(r, d.organizationId(), d.serverId()).value());
            DeploymentRuntime runtime = runtimes.require(server.providerKey(), server.id());
            RuntimeInstance instance = runtime.find(Map.of(PostgresProvisioner.LABEL, d.id())).stream().findFirst()
                    .orElseThrow(() -> new WorkFailure("resolve", "dependency_runtime_missing",
                            "the database's container is not on its server", false));
            return new Target(d, runtime, instance);
        } catch (AppaloftException e) {
            throw new WorkFailure("resolve", e.code().code(), PostgresDumps.clip(e.getMessage()), e.code().retryable());
        }
    }

    static String format(DependencyKind kind) {
        return switch (kind) {
            case REDIS -> RedisDumps.FORMAT;
            case MYSQL -> MysqlDumps.FORMAT;
            default -> PostgresDumps.FORMAT;
        };
    }

    /** The database's current password, opened for the one command that logs in with it. */
    private String password(DependencyResource d) {
        return ctx.secrets().open(d.credentials().sealedPassword());
    }

    static String artifactKey(DependencyBackup b) {
        return "dependency-backups/" + b.organizationId() + "/" + b.dependencyResourceId() + "/" + b.id() + ".dump";
    }

    private <T> T record(DependencyBackup b, String operationKey,
                         java.util.function.Function<dev.appaloft.core.internal.UnitOfWork, T> work) {
        return ctx.command(actor(b.organizationId()), operationKey, work);
    }

    private void record(DependencyBackup b, String operationKey,
                        Consumer<dev.appaloft.core.internal.UnitOfWork> work) {
        ctx.command(actor(b.organizationId()), operationKey, uow -> {
            work.accept(uow);
            return null;
        });
    }

    static Actor actor(String organizationId) {
        return new Actor(Actor.Kind.SYSTEM, "dependency-backups", organizationId, Actor.Role.OWNER);
    }

    private static Versioned<DependencyBackup> fresh(dev.appaloft.api.store.StoreReader r, DependencyBackup b) {
        return DependencyBackupRepository.BACKUPS.find(r, b.id()).orElseThrow(() -> AppaloftException.notFound(
                "dependency resource backup", b.id()));
    }

    private static DependencyBackup current(dev.appaloft.api.store.StoreReader r, DependencyBackup b) {
        return fresh(r, b).value();
    }

    private static Map<String, Object> details(WorkItem item) {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            Run run = Json.read(item.payload(), Run.class);
            details.put("backupId", run.backupId());
            if (run.restoreAttemptId() != null) {
                details.put("restoreAttemptId", run.restoreAttemptId());
            }
        } catch (RuntimeException e) {
            // an unreadable payload tells nothing more
        }
        return details;
    }
}

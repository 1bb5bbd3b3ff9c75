package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.backups.CreateDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.DependencyBackupList;
import dev.appaloft.api.dependencies.backups.DependencyBackupShown;
import dev.appaloft.api.dependencies.backups.ListDependencyBackupsInput;
import dev.appaloft.api.dependencies.backups.RestoreDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.ShowDependencyBackupInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dependencyResources.createBackup|listBackups|showBackup|restoreBackup}. The commands
 * write the pending backup (or restore attempt) and its work item in one transaction and answer at
 * once; {@link DependencyBackupWork} does the dump or the restore on the database's server.
 */
final class DependencyBackupHandlers {

    private static final int LIST_LIMIT = 1000;

    private final CoreContext ctx;
    private final Runnable wake;

    DependencyBackupHandlers(CoreContext ctx, Runnable wake) {
        this.ctx = ctx;
        this.wake = wake;
    }

    IdOutput create(CreateDependencyBackupInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        String description = v.optionalText("description", in.description(), 2000);
        String providerKey = v.optionalText("providerKey", in.providerKey(), 200);
        v.throwIfInvalid();
        IdOutput out = ctx.command(actor, "dependencyResources.createBackup", uow -> {
            DependencyResource d = DependencyRepository.requireLive(uow.tx(), actor.organizationId(), resourceId).value();
            requireBackupCapable(d);
            requireProvider(d, providerKey);
            DependencyBackup backup = DependencyBackup.requested(Ids.next("dbk"), d, description, null,
                    Ids.next("dba"), uow.now());
            insert(uow, backup);
            uow.event("dependency-resource-backup-requested", backup.id(), requestedPayload(backup));
            return new IdOutput(backup.id());
        });
        wake.run();
        return out;
    }

    DependencyBackupList list(ListDependencyBackupsInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        v.throwIfInvalid();
        return ctx.read(r -> {
            DependencyRepository.RESOURCES.require(r, actor.organizationId(), resourceId);
            DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                    .with(DependencyBackupRepository.RESOURCE, resourceId)
                    .with(IndexFields.STATUS, in.status() == null ? null : in.status().wire());
            return new DependencyBackupList(DependencyBackupList.SCHEMA_VERSION, DependencyBackupRepository.BACKUPS
                    .values(r, DocumentQuery.where(where).newestFirst().limit(LIST_LIMIT)).stream()
                    .map(DependencyBackupViews::of).toList(), Timestamps.format(ctx.now()));
        });
    }

    DependencyBackupShown show(ShowDependencyBackupInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("backupId", in.backupId(), 200);
        v.throwIfInvalid();
        DependencyBackup b = ctx.read(r -> DependencyBackupRepository.BACKUPS.require(r, actor.organizationId(), id)
                .value());
        return new DependencyBackupShown(DependencyBackupShown.SCHEMA_VERSION, DependencyBackupViews.of(b),
                Timestamps.format(ctx.now()));
    }

    IdOutput restore(RestoreDependencyBackupInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("backupId", in.backupId(), 200);
        v.check(Boolean.TRUE.equals(in.acknowledgeDataOverwrite()), "acknowledgeDataOverwrite",
                "must be true: the restore replaces what the database holds now");
        v.check(Boolean.TRUE.equals(in.acknowledgeRuntimeNotRestarted()), "acknowledgeRuntimeNotRestarted",
                "must be true: the database's container is not restarted, connected apps keep their sessions");
        String label = v.optionalText("restoreLabel", in.restoreLabel(), 200);
        v.throwIfInvalid();
        IdOutput out = ctx.command(actor, "dependencyResources.restoreBackup", uow -> {
            Versioned<DependencyBackup> found = DependencyBackupRepository.BACKUPS.require(uow.tx(),
                    actor.organizationId(), id);
            DependencyBackup b = found.value();
            DependencyResource d = DependencyRepository.requireLive(uow.tx(), actor.organizationId(),
                    b.dependencyResourceId()).value();
            if (!b.restorable()) {
                throw new AppaloftException(ErrorCode.DEPENDENCY_BACKUP_NOT_RESTORABLE, "backup " + b.id() + " is "
                        + b.status().wire() + (DependencyBackup.RETAINED.equals(b.retentionStatus()) ? ""
                        : " and its dump is no longer retained") + ": only a ready, retained backup can be restored",
                        List.of(), Map.of("status", b.status().wire(), "retentionStatus", b.retentionStatus()), null);
            }
            requireIdle(uow.tx(), d.id());
            String attempt = Ids.next("dra");
            DependencyBackupRepository.BACKUPS.update(uow.tx(), found, b.restoreRequested(attempt, label, uow.now()),
                    uow.now());
            uow.tx().enqueue(DependencyBackupWork.restoreRequest(b, attempt));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dependencyResourceId", d.id());
            payload.put("attemptId", attempt);
            if (label != null) {
                payload.put("restoreLabel", label);
            }
            uow.event("dependency-resource-restore-requested", b.id(), payload);
            return new IdOutput(attempt);
        });
        wake.run();
        return out;
    }

    /** Writes a pending backup and its work item; refused while another dump or restore of the resource runs. */
    static void insert(UnitOfWork uow, DependencyBackup backup) {
        requireIdle(uow.tx(), backup.dependencyResourceId());
        DependencyBackupRepository.BACKUPS.insert(uow.tx(), backup, uow.now());
        uow.tx().enqueue(DependencyBackupWork.backupRequest(backup));
    }

    static void requireIdle(StoreReader r, String dependencyResourceId) {
        DependencyBackupRepository.BACKUPS.findByKey(r, DependencyBackupRepository.busyKey(dependencyResourceId))
                .ifPresent(busy -> {
                    throw DependencyBackupRepository.inProgress(dependencyResourceId, busy.value().id());
                });
    }

    /** Postgres is dumped with pg_dump, Redis as an RDB snapshot; other kinds are not provisioned at all. */
    static void requireBackupCapable(DependencyResource d) {
        if (d.isImported()) {
            // it runs elsewhere: Appaloft has no container to dump it from
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "an imported database is backed up where it runs;"
                    + " backups of imported databases are not implemented", List.of(Issue.custom("dependencyResourceId",
                    "dependency resource " + d.id() + " is imported")), Map.of("sourceMode", "imported-external"), null);
        }
        if (d.kind() == DependencyKind.POSTGRES || d.kind() == DependencyKind.REDIS || d.kind() == DependencyKind.MYSQL) {
            return;
        }
        throw new AppaloftException(ErrorCode.DEPENDENCY_KIND_UNSUPPORTED, d.kind().wire()
                + " dependency resources cannot be backed up here", List.of(Issue.custom("dependencyResourceId",
                "a " + d.kind().wire() + " resource cannot be backed up")), Map.of("kind", d.kind().wire()), null);
    }

    static void requireProvider(DependencyResource d, String providerKey) {
        if (providerKey != null && !providerKey.equals(d.providerKey())) {
            throw AppaloftException.validation("providerKey", "providerKey must be the resource's provider ("
                    + d.providerKey() + ")");
        }
    }

    static Map<String, Object> requestedPayload(DependencyBackup b) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("dependencyResourceId", b.dependencyResourceId());
        payload.put("kind", b.kind().wire());
        payload.put("attemptId", b.attemptId());
        if (b.policyId() != null) {
            payload.put("policyId", b.policyId());
        }
        return payload;
    }
}

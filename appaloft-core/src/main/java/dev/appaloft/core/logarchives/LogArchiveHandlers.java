package dev.appaloft.core.logarchives;

import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_ARCHIVE_LOGS;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_LOG_ARCHIVES_LIST;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_LOG_ARCHIVES_PRUNE;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_LOG_ARCHIVES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.logarchives.*;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.api.resources.running.RuntimeLogsInput;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.resources.running.RuntimeLogCapture;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code resources.archiveLogs} and {@code resources.logArchives.list|show|prune}. Archiving
 * reads the runtime logs as {@code resources.logs} does (masked), writes the lines to the artifact
 * store first and then the row with its audit event; a failed row write removes the blob again,
 * so nothing is left half-kept. Lists never carry lines; show reads them back and checks the digest.
 */
public final class LogArchiveHandlers {

    static final int DEFAULT_TAIL = 100;
    static final int MAX_TAIL = 1000;
    static final String ARCHIVED_EVENT = "resource-runtime-logs-archived";

    private final CoreContext ctx;
    private final ArtifactStore artifacts;
    private final RuntimeLogCapture capture;

    private LogArchiveHandlers(CoreContext ctx, ArtifactStore artifacts, RuntimeLogCapture capture) {
        this.ctx = ctx;
        this.artifacts = artifacts;
        this.capture = capture;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                ArtifactStore artifacts) {
        LogArchiveHandlers h = new LogArchiveHandlers(ctx, artifacts, new RuntimeLogCapture(ctx, runtimes));
        LogArchivePruning pruning = new LogArchivePruning(ctx, artifacts);
        registry.register(RESOURCES_ARCHIVE_LOGS, h::archive)
                .register(RESOURCES_LOG_ARCHIVES_LIST, h::list)
                .register(RESOURCES_LOG_ARCHIVES_SHOW, h::show)
                .register(RESOURCES_LOG_ARCHIVES_PRUNE, pruning::prune);
    }

    RuntimeLogsArchived archive(ArchiveRuntimeLogsInput in, Actor actor) {
        Validation v = new Validation();
        int tail = in.tailLines() == null ? DEFAULT_TAIL : in.tailLines();
        v.check(tail >= 1 && tail <= MAX_TAIL, "tailLines", "tailLines must be between 1 and " + MAX_TAIL);
        String reason = v.optionalText("reason", in.reason(), 500);
        v.optionalText("deploymentId", in.deploymentId(), 200);
        v.optionalText("serviceName", in.serviceName(), 200);
        v.throwIfInvalid();
        String projectId = ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), in.resourceId()))
                .value().projectId();
        RuntimeLogCapture.Captured captured = capture.capture(actor, new RuntimeLogsInput(in.resourceId(),
                in.deploymentId(), in.serviceName(), tail, in.since(), in.cursor(), false));
        String id = Ids.next("rla");
        String key = "runtime-log-archives/" + actor.organizationId() + "/" + id + ".jsonl.gz";
        LogArchiveContent.Encoded encoded = LogArchiveContent.encode(captured.lines());
        StoredArtifact stored = artifacts.put(key, encoded.bytes());
        try {
            LogArchive archive = ctx.command(actor, "resources.archiveLogs", uow -> {
                LogArchive a = new LogArchive(id, actor.organizationId(), projectId, in.resourceId(),
                        captured.deploymentId(), captured.serverId(), captured.serviceName(), captured.runtimeKind(),
                        uow.now(), captured.lines().size(), reason, actor.id(), key, artifacts.providerKey(),
                        stored.digest(), stored.sizeBytes(), encoded.rawBytes(),
                        lineAt(captured.lines(), true), lineAt(captured.lines(), false));
                LogArchiveRepository.ARCHIVES.insert(uow.tx(), a, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("resourceId", a.resourceId());
                payload.put("deploymentId", a.deploymentId());
                payload.put("lineCount", a.lineCount());
                payload.put("digest", a.digest());
                uow.event(ARCHIVED_EVENT, id, payload);
                return a;
            });
            return new RuntimeLogsArchived(RuntimeLogsArchived.SCHEMA_VERSION, view(archive, captured.lines()));
        } catch (RuntimeException e) {
            artifacts.delete(key); // no row points at it
            throw e;
        }
    }

    RuntimeLogArchiveList list(ListRuntimeLogArchivesInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 50, 100);
        ArchiveCursor after = ArchiveCursor.parse(v, in.cursor());
        v.throwIfInvalid();
        var query = dev.appaloft.api.store.DocumentQuery.where(LogArchiveRepository.matching(actor.organizationId(),
                Validation.filter(in.resourceId()), Validation.filter(in.deploymentId()),
                Validation.filter(in.serverId()), Validation.filter(in.serviceName()))).newestFirst().limit(limit + 1);
        if (after != null) {
            query = query.after(after.capturedAt(), after.id());
        }
        var q = query;
        List<LogArchive> found = ctx.read(r -> LogArchiveRepository.ARCHIVES.values(r, q));
        List<LogArchive> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? ArchiveCursor.of(page.get(page.size() - 1)) : null;
        return new RuntimeLogArchiveList(RuntimeLogArchiveList.SCHEMA_VERSION,
                page.stream().map(LogArchiveHandlers::summary).toList(), next, Timestamps.format(ctx.now()));
    }

    RuntimeLogArchiveShown show(ShowRuntimeLogArchiveInput in, Actor actor) {
        LogArchive archive = ctx.read(r -> LogArchiveRepository.ARCHIVES.require(r, actor.organizationId(),
                in.archiveId())).value();
        byte[] bytes = artifacts.get(archive.storageKey())
                .orElseThrow(() -> LogArchiveContent.corrupt(archive, "its content is missing from the artifact store"));
        return new RuntimeLogArchiveShown(RuntimeLogArchiveShown.SCHEMA_VERSION,
                view(archive, LogArchiveContent.decode(archive, bytes)));
    }

    static RuntimeLogArchive view(LogArchive a, List<RuntimeLogLine> lines) {
        return new RuntimeLogArchive(a.id(), a.resourceId(), a.deploymentId(), a.serverId(), a.serviceName(),
                a.runtimeKind(), Timestamps.format(a.capturedAt()), a.lineCount(), RuntimeLogArchive.RETAINED,
                a.reason(), lines);
    }

    static RuntimeLogArchiveSummary summary(LogArchive a) {
        return new RuntimeLogArchiveSummary(a.id(), a.resourceId(), a.deploymentId(), a.serverId(), a.serviceName(),
                a.runtimeKind(), Timestamps.format(a.capturedAt()), a.lineCount(), RuntimeLogArchive.RETAINED,
                a.reason());
    }

    private static Instant lineAt(List<RuntimeLogLine> lines, boolean first) {
        for (int i = 0; i < lines.size(); i++) {
            RuntimeLogLine line = lines.get(first ? i : lines.size() - 1 - i);
            if (line.cursor() != null) {
                return Instant.parse(line.cursor());
            }
        }
        return null;
    }
}

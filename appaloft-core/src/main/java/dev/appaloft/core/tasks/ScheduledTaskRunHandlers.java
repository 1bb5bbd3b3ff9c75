package dev.appaloft.core.tasks;

import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_RUNS_LIST;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_RUNS_LOGS;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_RUNS_SHOW;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_RUN_NOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.tasks.*;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code scheduledTasks.runNow} and {@code scheduledTasks.runs.list|show|logs}. runNow records
 * the run as accepted and queues it in one transaction (a worker runs it soon after); a run
 * that cannot happen (task disabled, resource archived) is recorded as skipped at once, with
 * its reason, and nothing is queued.
 */
public final class ScheduledTaskRunHandlers {

    static final int DEFAULT_LOG_PAGE = 100;
    static final int MAX_LOG_PAGE = 100;

    private final CoreContext ctx;
    private final Runnable wake;

    private ScheduledTaskRunHandlers(CoreContext ctx, Runnable wake) {
        this.ctx = ctx;
        this.wake = wake;
    }

    /** {@code wake} tells this process's workers that work was queued. */
    public static void register(HandlerRegistry registry, CoreContext ctx, Runnable wake) {
        ScheduledTaskRunHandlers h = new ScheduledTaskRunHandlers(ctx, wake);
        registry.register(SCHEDULED_TASKS_RUN_NOW, h::runNow)
                .register(SCHEDULED_TASKS_RUNS_LIST, h::list)
                .register(SCHEDULED_TASKS_RUNS_SHOW, h::show)
                .register(SCHEDULED_TASKS_RUNS_LOGS, h::logs);
    }

    ScheduledTaskRunAccepted runNow(RunScheduledTaskNowInput in, Actor actor) {
        Validation v = new Validation();
        v.text("resourceId", in.resourceId(), 200);
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.instant("requestedAt", in.requestedAt());
        v.throwIfInvalid();
        ScheduledTaskRun accepted = ctx.command(actor, "scheduledTasks.runNow", uow -> {
            ScheduledTask task = ScheduledTaskHandlers.require(uow.tx(), actor, in.taskId(), in.resourceId()).value();
            if (key != null) {
                Optional<Versioned<ScheduledTaskRun>> same = TaskRepository.RUNS.findByKey(uow.tx(),
                        TaskRepository.runNowKey(actor.organizationId(), task.id(), key));
                if (same.isPresent()) {
                    return same.get().value();
                }
            }
            Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), task.resourceId()).value();
            ScheduledTaskRun run = ScheduledTaskRun.accepted(Ids.next("str"), task, ScheduledTaskRun.MANUAL, null, key,
                    uow.now());
            String skipped = !task.enabled() ? ScheduledTaskRun.TASK_DISABLED
                    : resource.lifecycleStatus() != ResourceLifecycleStatus.ACTIVE ? ScheduledTaskRun.RESOURCE_ARCHIVED
                    : null;
            if (skipped != null) {
                run = run.skipped(skipped, uow.now());
            } else {
                uow.tx().enqueue(TaskWork.manual(run));
            }
            TaskRepository.RUNS.insert(uow.tx(), run, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("taskId", task.id());
            payload.put("resourceId", task.resourceId());
            payload.put("triggerKind", ScheduledTaskRun.MANUAL);
            payload.put("status", run.status());
            if (skipped != null) {
                payload.put("skippedReason", skipped);
            }
            uow.event("scheduled-task-run-requested", run.id(), payload);
            return run;
        });
        wake.run();
        return new ScheduledTaskRunAccepted(TaskViews.run(accepted));
    }

    ScheduledTaskRunList list(ListScheduledTaskRunsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), ScheduledTaskHandlers.DEFAULT_PAGE, ScheduledTaskHandlers.MAX_PAGE);
        String status = Validation.filter(in.status());
        String trigger = Validation.filter(in.triggerKind());
        v.check(status == null || RunStatus.wires().contains(status), "status",
                "status must be accepted, running, succeeded, failed or skipped");
        v.check(trigger == null || Set.of(ScheduledTaskRun.MANUAL, ScheduledTaskRun.SCHEDULED).contains(trigger),
                "triggerKind", "triggerKind must be manual or scheduled");
        v.throwIfInvalid();
        return ctx.read(r -> {
            DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                    .with(TaskRepository.TASK_ID, Validation.filter(in.taskId()))
                    .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId()))
                    .with(IndexFields.STATUS, status).with(TaskRepository.TRIGGER_KIND, trigger))
                    .newestFirst().limit(limit + 1);
            String generatedAt = Timestamps.format(ctx.now());
            String cursor = Validation.filter(in.cursor());
            if (cursor != null) {
                Optional<Versioned<ScheduledTaskRun>> after = TaskRepository.RUNS.findIn(r, actor.organizationId(),
                        cursor);
                if (after.isEmpty()) {
                    return new ScheduledTaskRunList(ScheduledTaskRunList.SCHEMA, List.of(), null, generatedAt);
                }
                query = query.after(after.get().value().createdAt(), cursor);
            }
            List<ScheduledTaskRun> found = TaskRepository.RUNS.values(r, query);
            boolean more = found.size() > limit;
            List<ScheduledTaskRun> page = more ? found.subList(0, limit) : found;
            return new ScheduledTaskRunList(ScheduledTaskRunList.SCHEMA, page.stream().map(TaskViews::run).toList(),
                    more ? page.get(page.size() - 1).id() : null, generatedAt);
        });
    }

    ScheduledTaskRunShown show(ShowScheduledTaskRunInput in, Actor actor) {
        return ctx.read(r -> new ScheduledTaskRunShown(ScheduledTaskRunShown.SCHEMA,
                TaskViews.run(requireRun(r, actor, in.runId(), in.taskId(), in.resourceId())),
                Timestamps.format(ctx.now())));
    }

    ScheduledTaskRunLogs logs(ScheduledTaskRunLogsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), DEFAULT_LOG_PAGE, MAX_LOG_PAGE);
        String cursor = Validation.filter(in.cursor());
        int from = cursor == null ? 0 : offset(cursor);
        v.check(from >= 0, "cursor", "cursor must be a nextCursor of this run's logs");
        v.throwIfInvalid();
        return ctx.read(r -> {
            ScheduledTaskRun run = requireRun(r, actor, in.runId(), in.taskId(), in.resourceId());
            List<RunLog.Line> lines = TaskRepository.LOGS.find(r, run.id()).map(l -> l.value().lines())
                    .orElse(List.of());
            int start = Math.min(from, lines.size());
            int end = Math.min(lines.size(), start + limit);
            List<ScheduledTaskRunLogs.Entry> entries = lines.subList(start, end).stream()
                    .map(l -> new ScheduledTaskRunLogs.Entry(Timestamps.format(l.at()), l.stream(), l.message()))
                    .toList();
            return new ScheduledTaskRunLogs(ScheduledTaskRunLogs.SCHEMA, run.id(), run.taskId(), run.resourceId(),
                    entries, end < lines.size() ? String.valueOf(end) : null, Timestamps.format(ctx.now()));
        });
    }

    private static int offset(String cursor) {
        try {
            return Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The organization's run; a {@code taskId} or {@code resourceId} that is not the run's reads as missing. */
    private static ScheduledTaskRun requireRun(StoreReader r, Actor actor, String runId, String taskId,
                                               String resourceId) {
        ScheduledTaskRun run = TaskRepository.RUNS.require(r, actor.organizationId(), runId).value();
        String task = Validation.filter(taskId);
        String resource = Validation.filter(resourceId);
        if ((task != null && !task.equals(run.taskId())) || (resource != null && !resource.equals(run.resourceId()))) {
            throw AppaloftException.notFound("scheduled task run", runId);
        }
        return run;
    }
}

package dev.appaloft.core.tasks;

import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_CONFIGURE;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_CREATE;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_DELETE;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_LIST;
import static dev.appaloft.api.catalog.AppTaskOperations.SCHEDULED_TASKS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
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
 * {@code scheduledTasks.create|list|show|configure|delete}: the definitions. A task belongs to a
 * resource of the caller's organization (another organization's resource or task reads as
 * missing); every change is one audit event; deleting a task keeps its runs and their logs.
 */
public final class ScheduledTaskHandlers {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 100;

    private final CoreContext ctx;

    private ScheduledTaskHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        ScheduledTaskHandlers h = new ScheduledTaskHandlers(ctx);
        registry.register(SCHEDULED_TASKS_CREATE, h::create)
                .register(SCHEDULED_TASKS_LIST, h::list)
                .register(SCHEDULED_TASKS_SHOW, h::show)
                .register(SCHEDULED_TASKS_CONFIGURE, h::configure)
                .register(SCHEDULED_TASKS_DELETE, h::delete);
    }

    ScheduledTaskCommandResult create(CreateScheduledTaskInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        CronSchedule schedule = TaskInput.schedule(v, in.schedule(), in.timezone());
        v.required("commandIntent", in.commandIntent());
        String command = TaskInput.command(v, in.commandIntent());
        v.required("timeoutSeconds", in.timeoutSeconds());
        TaskInput.timeout(v, in.timeoutSeconds());
        v.required("retryLimit", in.retryLimit());
        TaskInput.retryLimit(v, in.retryLimit());
        TaskInput.concurrency(v, in.concurrencyPolicy());
        TaskInput.status(v, in.status());
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        if (resourceId != null) {
            // another organization's resource reads as missing, whatever else is wrong
            ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), resourceId));
        }
        v.throwIfInvalid();
        return ctx.command(actor, "scheduledTasks.create", uow -> {
            if (key != null) {
                Optional<Versioned<ScheduledTask>> same = TaskRepository.TASKS.findByKey(uow.tx(),
                        TaskRepository.idempotencyKey(actor.organizationId(), key));
                if (same.isPresent() && same.get().value().organizationId().equals(actor.organizationId())) {
                    return new ScheduledTaskCommandResult(TaskViews.task(uow.tx(), same.get().value()));
                }
            }
            Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), resourceId).value();
            resource.ensureActive();
            ScheduledTask task = new ScheduledTask(Ids.next("stk"), actor.organizationId(), resource.projectId(),
                    resource.environmentId(), resource.id(), schedule.expression(), schedule.zone().getId(), command,
                    in.timeoutSeconds(), in.retryLimit(), ScheduledTask.FORBID,
                    in.status() == null ? ScheduledTask.ENABLED : in.status(), key, null, uow.now(), uow.now(), null);
            TaskRepository.TASKS.insert(uow.tx(), task, uow.now());
            uow.event("scheduled-task-created", task.id(), summary(task));
            return new ScheduledTaskCommandResult(TaskViews.task(uow.tx(), task));
        });
    }

    ScheduledTaskList list(ListScheduledTasksInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), DEFAULT_PAGE, MAX_PAGE);
        String status = Validation.filter(in.status());
        TaskInput.status(v, status);
        v.throwIfInvalid();
        return ctx.read(r -> {
            DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                    .with(IndexFields.PROJECT_ID, Validation.filter(in.projectId()))
                    .with(IndexFields.ENVIRONMENT_ID, Validation.filter(in.environmentId()))
                    .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId())));
            query = (status == null ? query.statusNotIn(Set.of(ScheduledTask.DELETED)) : query.statusIn(Set.of(status)))
                    .newestFirst().limit(limit + 1);
            String cursor = Validation.filter(in.cursor());
            String generatedAt = Timestamps.format(ctx.now());
            if (cursor != null) {
                Optional<Versioned<ScheduledTask>> after = TaskRepository.TASKS.findIn(r, actor.organizationId(), cursor);
                if (after.isEmpty()) {
                    return new ScheduledTaskList(ScheduledTaskList.SCHEMA, List.of(), null, generatedAt);
                }
                query = query.after(after.get().value().createdAt(), cursor);
            }
            List<ScheduledTask> found = TaskRepository.TASKS.values(r, query);
            boolean more = found.size() > limit;
            List<ScheduledTask> page = more ? found.subList(0, limit) : found;
            return new ScheduledTaskList(ScheduledTaskList.SCHEMA, page.stream().map(t -> TaskViews.task(r, t)).toList(),
                    more ? page.get(page.size() - 1).id() : null, generatedAt);
        });
    }

    ScheduledTaskShown show(ShowScheduledTaskInput in, Actor actor) {
        return ctx.read(r -> new ScheduledTaskShown(ScheduledTaskShown.SCHEMA,
                TaskViews.task(r, require(r, actor, in.taskId(), in.resourceId()).value()),
                Timestamps.format(ctx.now())));
    }

    ScheduledTaskCommandResult configure(ConfigureScheduledTaskInput in, Actor actor) {
        Validation v = new Validation();
        v.text("resourceId", in.resourceId(), 200);
        String command = TaskInput.command(v, in.commandIntent());
        TaskInput.timeout(v, in.timeoutSeconds());
        TaskInput.retryLimit(v, in.retryLimit());
        TaskInput.concurrency(v, in.concurrencyPolicy());
        TaskInput.status(v, in.status());
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        ScheduledTask before = ctx.read(r -> require(r, actor, in.taskId(), in.resourceId())).value();
        String schedule = in.schedule() == null ? before.schedule() : in.schedule();
        String timezone = in.timezone() == null ? before.timezone() : in.timezone();
        CronSchedule parsed = TaskInput.schedule(v, schedule, timezone);
        v.throwIfInvalid();
        return ctx.command(actor, "scheduledTasks.configure", uow -> {
            Versioned<ScheduledTask> current = require(uow.tx(), actor, before.id(), in.resourceId());
            ScheduledTask t = current.value();
            ResourceRepository.require(uow.tx(), actor.organizationId(), t.resourceId()).value().ensureActive();
            ScheduledTask after = t.configured(parsed.expression(), parsed.zone().getId(),
                    command == null ? t.commandIntent() : command,
                    in.timeoutSeconds() == null ? t.timeoutSeconds() : in.timeoutSeconds(),
                    in.retryLimit() == null ? t.retryLimit() : in.retryLimit(), ScheduledTask.FORBID,
                    in.status() == null ? t.status() : in.status(), uow.now());
            TaskRepository.TASKS.update(uow.tx(), current, after, uow.now());
            uow.event("scheduled-task-configured", t.id(), summary(after));
            return new ScheduledTaskCommandResult(TaskViews.task(uow.tx(), after));
        });
    }

    ScheduledTaskDeleted delete(DeleteScheduledTaskInput in, Actor actor) {
        Validation v = new Validation();
        v.text("resourceId", in.resourceId(), 200);
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        return ctx.command(actor, "scheduledTasks.delete", uow -> {
            Versioned<ScheduledTask> current = require(uow.tx(), actor, in.taskId(), in.resourceId());
            ScheduledTask deleted = current.value().deletedAt(uow.now());
            TaskRepository.TASKS.update(uow.tx(), current, deleted, uow.now());
            uow.event("scheduled-task-deleted", deleted.id(), Map.of("resourceId", deleted.resourceId()));
            return new ScheduledTaskDeleted(deleted.id(), deleted.resourceId(), Timestamps.format(uow.now()));
        });
    }

    /** The organization's live task; a {@code resourceId} that is not the task's reads as missing too. */
    static Versioned<ScheduledTask> require(dev.appaloft.api.store.StoreReader r, Actor actor, String taskId,
                                            String resourceId) {
        Versioned<ScheduledTask> task = TaskRepository.TASKS.require(r, actor.organizationId(), taskId);
        String expected = Validation.filter(resourceId);
        if (expected != null && !expected.equals(task.value().resourceId())) {
            throw AppaloftException.notFound("scheduled task", taskId);
        }
        return task;
    }

    private static Map<String, Object> summary(ScheduledTask t) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("resourceId", t.resourceId());
        payload.put("schedule", t.schedule());
        payload.put("timezone", t.timezone());
        payload.put("timeoutSeconds", t.timeoutSeconds());
        payload.put("retryLimit", t.retryLimit());
        payload.put("status", t.status());
        // the command itself is left out: it may carry a secret the user typed into it
        return payload;
    }
}

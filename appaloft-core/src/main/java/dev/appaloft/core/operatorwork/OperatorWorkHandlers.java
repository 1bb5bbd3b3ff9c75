package dev.appaloft.core.operatorwork;

import static dev.appaloft.api.catalog.OperatorWorkOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.operatorwork.*;
import dev.appaloft.api.store.work.PruneResult;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkStateException;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.work.WorkKinds;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code operatorWork.*}: the background work queue as operators see it, within their organization.
 * The actions change only the queue (a retry enqueues a new item that workers then run), and each
 * leaves one audit event.
 */
public final class OperatorWorkHandlers {

    public static final ErrorCode STATE_CONFLICT = new ErrorCode("operator_work_state_conflict", 409, false);
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;
    private static final Map<String, Set<WorkStatus>> PRUNABLE = prunable();

    private final CoreContext ctx;
    private final WorkQueue queue;
    private final WorkKinds kinds;
    private final OperatorWorkViews views;

    OperatorWorkHandlers(CoreContext ctx, WorkKinds kinds) {
        this.ctx = ctx;
        this.queue = ctx.store().work();
        this.kinds = kinds;
        this.views = new OperatorWorkViews(kinds);
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, WorkKinds kinds) {
        OperatorWorkHandlers h = new OperatorWorkHandlers(ctx, kinds);
        registry.register(OPERATOR_WORK_LIST, h::list);
        registry.register(OPERATOR_WORK_SHOW, h::show);
        registry.register(OPERATOR_WORK_RETRY, h::retry);
        registry.register(OPERATOR_WORK_CANCEL, h::cancel);
        registry.register(OPERATOR_WORK_DEAD_LETTER, h::deadLetter);
        registry.register(OPERATOR_WORK_MARK_RECOVERED, h::markRecovered);
        registry.register(OPERATOR_WORK_PRUNE, h::prune);
    }

    OperatorWorkList list(ListOperatorWorkInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        WorkFilter filter = WorkFilter.all().organizationId(actor.organizationId()).limit(limit);
        if (in.kind() != null) {
            Set<String> queueKinds = kinds.namesOf(in.kind());
            if (queueKinds.isEmpty()) {
                return new OperatorWorkList(OperatorWorkList.SCHEMA_VERSION, List.of(), Timestamps.format(ctx.now()));
            }
            filter = filter.kinds(queueKinds);
        }
        if (in.status() != null) {
            filter = withStatus(filter, in.status());
            if (filter == null) { // "unknown": this queue always knows
                return new OperatorWorkList(OperatorWorkList.SCHEMA_VERSION, List.of(), Timestamps.format(ctx.now()));
            }
        }
        filter = reference(filter, "resourceId", in.resourceId());
        filter = reference(filter, "serverId", in.serverId());
        filter = reference(filter, "deploymentId", in.deploymentId());
        List<OperatorWorkItem> items = queue.list(filter).stream().map(views::view).toList();
        return new OperatorWorkList(OperatorWorkList.SCHEMA_VERSION, items, Timestamps.format(ctx.now()));
    }

    OperatorWorkShown show(ShowOperatorWorkInput in, Actor actor) {
        WorkItem item = requireVisible(in.workId(), actor);
        Map<String, Object> extra = kinds.details(item.kind()).map(d -> ctx.read(r -> d.of(r, item))).orElse(Map.of());
        return new OperatorWorkShown(OperatorWorkShown.SCHEMA_VERSION, views.view(item, extra),
                Timestamps.format(ctx.now()));
    }

    WorkRetried retry(OperatorWorkActionInput in, Actor actor) {
        String reason = reason(in, false);
        WorkItem retried = act(in, actor, "operatorWork.retry", "operator-work.retried", reason,
                id -> queue.retry(id, reason));
        return new WorkRetried(retried.id(), "pending", in.workId(), Timestamps.format(retried.createdAt()));
    }

    WorkCanceled cancel(OperatorWorkActionInput in, Actor actor) {
        String reason = reason(in, true);
        WorkItem item = act(in, actor, "operatorWork.cancel", "operator-work.canceled", reason,
                id -> queue.cancel(id, reason));
        return new WorkCanceled(item.id(), "canceled", Timestamps.format(item.updatedAt()));
    }

    WorkDeadLettered deadLetter(OperatorWorkActionInput in, Actor actor) {
        String reason = reason(in, true);
        WorkItem item = act(in, actor, "operatorWork.deadLetter", "operator-work.dead-lettered", reason,
                id -> queue.deadLetter(id, reason));
        return new WorkDeadLettered(item.id(), "dead-lettered", Timestamps.format(item.updatedAt()));
    }

    WorkRecovered markRecovered(OperatorWorkActionInput in, Actor actor) {
        String reason = reason(in, false);
        WorkItem item = act(in, actor, "operatorWork.markRecovered", "operator-work.recovered", reason,
                id -> queue.markRecovered(id, reason));
        return new WorkRecovered(item.id(), "succeeded", Timestamps.format(item.updatedAt()));
    }

    OperatorWorkPruned prune(PruneOperatorWorkInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = instant(v, "before", in.before());
        List<String> statuses = in.statuses() == null ? List.copyOf(PRUNABLE.keySet()) : in.statuses();
        v.check(!statuses.isEmpty(), "statuses", "statuses must name at least one of " + PRUNABLE.keySet());
        Set<WorkStatus> wanted = EnumSet.noneOf(WorkStatus.class);
        for (String status : statuses) {
            v.check(PRUNABLE.containsKey(status), "statuses", "only finished work is pruned: one of " + PRUNABLE.keySet());
            wanted.addAll(PRUNABLE.getOrDefault(status, Set.of()));
        }
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun()); // destructive only when asked for
        PruneResult result = queue.prune(actor.organizationId(), before, wanted, dryRun);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : PRUNABLE.keySet()) {
            if (statuses.contains(status)) {
                counts.put(status, PRUNABLE.get(status).stream()
                        .mapToLong(s -> result.byStatus().getOrDefault(s, 0L)).sum());
            }
        }
        if (!dryRun) {
            ctx.command(actor, "operatorWork.prune", uow -> {
                uow.event("operator-work.pruned", actor.organizationId(), Map.of("count", result.matched(),
                        "before", Timestamps.format(before)));
                return null;
            });
        }
        return new OperatorWorkPruned(dryRun ? 0 : result.matched(), result.matched(), dryRun,
                Timestamps.format(before), List.copyOf(counts.keySet()), counts, Timestamps.format(ctx.now()));
    }

    /** The item, when it belongs to the caller's organization; any other reads as absent. */
    private WorkItem requireVisible(String workId, Actor actor) {
        new Validation().required("workId", Validation.filter(workId)).throwIfInvalid();
        return queue.find(workId).filter(i -> actor.organizationId().equals(i.organizationId()))
                .orElseThrow(() -> AppaloftException.notFound("operator work", workId));
    }

    private WorkItem act(OperatorWorkActionInput in, Actor actor, String operationKey, String eventType,
                         String reason, Function<String, Optional<WorkItem>> action) {
        WorkItem before = requireVisible(in.workId(), actor);
        WorkItem after;
        try {
            after = action.apply(before.id())
                    .orElseThrow(() -> AppaloftException.notFound("operator work", in.workId())); // pruned meanwhile
        } catch (WorkStateException e) {
            throw new AppaloftException(STATE_CONFLICT, "work " + in.workId() + " is "
                    + OperatorWorkViews.status(before).wire() + ": " + operationKey + " does not apply to it");
        }
        ctx.command(actor, operationKey, uow -> {
            Map<String, Object> payload = new LinkedHashMap<>(UnitOfWork.reasonPayload(reason));
            payload.put("workId", in.workId());
            if (!after.id().equals(in.workId())) {
                payload.put("newWorkId", after.id());
            }
            uow.event(eventType, in.workId(), payload);
            return null;
        });
        return after;
    }

    private static String reason(OperatorWorkActionInput in, boolean required) {
        Validation v = new Validation();
        String reason = required ? v.text("reason", in.reason(), 500) : v.optionalText("reason", in.reason(), 500);
        v.throwIfInvalid();
        return reason;
    }

    private static WorkFilter withStatus(WorkFilter filter, OperatorWorkStatus status) {
        return switch (status) {
            case PENDING -> filter.statuses(Set.of(WorkStatus.PENDING)).retried(false);
            case RETRY_SCHEDULED -> filter.statuses(Set.of(WorkStatus.PENDING)).retried(true);
            case RUNNING -> filter.statuses(Set.of(WorkStatus.RUNNING));
            case SUCCEEDED -> filter.statuses(Set.of(WorkStatus.SUCCEEDED, WorkStatus.RECOVERED));
            case FAILED -> filter.statuses(Set.of(WorkStatus.FAILED));
            case CANCELED -> filter.statuses(Set.of(WorkStatus.CANCELED));
            case DEAD_LETTERED -> filter.statuses(Set.of(WorkStatus.DEAD_LETTERED));
            case UNKNOWN -> null;
        };
    }

    private static WorkFilter reference(WorkFilter filter, String key, String value) {
        String wanted = Validation.filter(value);
        return wanted == null ? filter : filter.reference(key, wanted);
    }

    static Instant instant(Validation v, String field, String value) {
        return v.requiredInstant(field, value);
    }

    private static Map<String, Set<WorkStatus>> prunable() {
        Map<String, Set<WorkStatus>> map = new LinkedHashMap<>();
        map.put("succeeded", Set.of(WorkStatus.SUCCEEDED, WorkStatus.RECOVERED));
        map.put("failed", Set.of(WorkStatus.FAILED));
        map.put("canceled", Set.of(WorkStatus.CANCELED));
        map.put("dead-lettered", Set.of(WorkStatus.DEAD_LETTERED));
        return map;
    }
}

package dev.appaloft.core.operatorwork;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.operatorwork.OperatorWorkItem;
import dev.appaloft.api.operatorwork.OperatorWorkStatus;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a queue item reads to an operator: the spec's statuses, related ids and next actions. */
final class OperatorWorkViews {

    static final String OPERATION_KEY = "operationKey";

    private final WorkKinds kinds;

    OperatorWorkViews(WorkKinds kinds) {
        this.kinds = kinds;
    }

    static OperatorWorkStatus status(WorkItem item) {
        return switch (item.status()) {
            case PENDING -> item.attempts() > 0 ? OperatorWorkStatus.RETRY_SCHEDULED : OperatorWorkStatus.PENDING;
            case RUNNING -> OperatorWorkStatus.RUNNING;
            case SUCCEEDED, RECOVERED -> OperatorWorkStatus.SUCCEEDED;
            case FAILED -> OperatorWorkStatus.FAILED;
            case CANCELED -> OperatorWorkStatus.CANCELED;
            case DEAD_LETTERED -> OperatorWorkStatus.DEAD_LETTERED;
        };
    }

    OperatorWorkItem view(WorkItem item) {
        return view(item, Map.of());
    }

    /** The item with its kind's own {@code extra} details after the queue's. */
    OperatorWorkItem view(WorkItem item, Map<String, Object> extra) {
        OperatorWorkStatus status = status(item);
        Map<String, String> refs = item.references();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attempts", item.attempts());
        details.put("maxAttempts", item.maxAttempts());
        if (item.status() == WorkStatus.PENDING) {
            details.put("nextAttemptAt", Timestamps.format(item.nextAttemptAt()));
        }
        if (item.retryOfId() != null) {
            details.put("retryOfWorkId", item.retryOfId());
        }
        if (item.status() == WorkStatus.RECOVERED) {
            details.put("recovered", true);
        }
        if (item.note() != null) {
            details.put("operatorReason", item.note());
        }
        if (item.lastError() != null && item.lastError().message() != null) {
            details.put("errorMessage", item.lastError().message());
        }
        extra.forEach(details::putIfAbsent);
        return new OperatorWorkItem(item.id(), kinds.operatorKind(item.kind()), status,
                refs.getOrDefault(OPERATION_KEY, kinds.find(item.kind()).map(WorkKind::operationKey).orElse(item.kind())),
                item.lastError() == null ? null : item.lastError().phase(), null, refs.get("projectId"),
                refs.get("resourceId"), refs.get("deploymentId"), refs.get("serverId"), refs.get("domainBindingId"),
                refs.get("certificateId"), Timestamps.format(item.startedAt()), Timestamps.format(item.updatedAt()),
                Timestamps.format(item.finishedAt()), item.lastError() == null ? null : item.lastError().code(),
                errorCategory(item), retriable(item), nextActions(status), details);
    }

    private static String errorCategory(WorkItem item) {
        if (item.lastError() == null) {
            return null;
        }
        return switch (item.status()) {
            case PENDING, RUNNING -> "transient";
            case DEAD_LETTERED -> "retries-exhausted";
            case FAILED -> "permanent";
            default -> null;
        };
    }

    /** Whether the work can still happen: by the queue's own retry or by an operator's. */
    private static Boolean retriable(WorkItem item) {
        return switch (item.status()) {
            case PENDING, RUNNING, FAILED, DEAD_LETTERED, CANCELED -> true;
            case SUCCEEDED, RECOVERED -> false;
        };
    }

    private static List<String> nextActions(OperatorWorkStatus status) {
        return switch (status) {
            case FAILED, DEAD_LETTERED -> List.of("retry", "manual-review", "diagnostic");
            case RETRY_SCHEDULED -> List.of("diagnostic");
            case CANCELED -> List.of("retry");
            default -> List.of("no-action");
        };
    }
}

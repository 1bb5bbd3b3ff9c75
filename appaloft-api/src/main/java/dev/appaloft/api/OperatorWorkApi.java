package dev.appaloft.api;

import static dev.appaloft.api.catalog.OperatorWorkOperations.*;

import dev.appaloft.api.operatorwork.*;
import java.util.List;

/** The {@code operatorWork.*} operations: inspect and steer the background work queue. */
public final class OperatorWorkApi {

    private final OperationExecutor executor;

    public OperatorWorkApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public OperatorWorkList list(ListOperatorWorkInput input) {
        return executor.execute(OPERATOR_WORK_LIST, input);
    }

    public OperatorWorkShown show(String workId) {
        return executor.execute(OPERATOR_WORK_SHOW, new ShowOperatorWorkInput(workId));
    }

    /** Enqueues a new pending copy of a failed, dead-lettered or canceled item; workers run it. */
    public WorkRetried retry(String workId, String reason) {
        return executor.execute(OPERATOR_WORK_RETRY, new OperatorWorkActionInput(workId, reason));
    }

    public WorkCanceled cancel(String workId, String reason) {
        return executor.execute(OPERATOR_WORK_CANCEL, new OperatorWorkActionInput(workId, reason));
    }

    public WorkDeadLettered deadLetter(String workId, String reason) {
        return executor.execute(OPERATOR_WORK_DEAD_LETTER, new OperatorWorkActionInput(workId, reason));
    }

    public WorkRecovered markRecovered(String workId, String reason) {
        return executor.execute(OPERATOR_WORK_MARK_RECOVERED, new OperatorWorkActionInput(workId, reason));
    }

    /** Removes (or, by default, only counts) finished items that ended before {@code before}. */
    public OperatorWorkPruned prune(String before, List<String> statuses, Boolean dryRun) {
        return executor.execute(OPERATOR_WORK_PRUNE, new PruneOperatorWorkInput(before, statuses, dryRun));
    }
}

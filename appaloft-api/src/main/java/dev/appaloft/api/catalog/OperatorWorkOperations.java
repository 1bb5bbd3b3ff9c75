package dev.appaloft.api.catalog;

import dev.appaloft.api.operatorwork.*;

/**
 * The catalog's operator-work area ({@code operatorWork.*}): the background work queue as operators
 * see it. Part of {@link AppaloftOperations#ALL}.
 */
public final class OperatorWorkOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<ListOperatorWorkInput, OperatorWorkList> OPERATOR_WORK_LIST =
            Operation.of(API, "operatorWork.list", OperationKind.QUERY, HttpMethod.GET, "/operator-work", 200,
                    ListOperatorWorkInput.class, OperatorWorkList.class);
    public static final Operation<ShowOperatorWorkInput, OperatorWorkShown> OPERATOR_WORK_SHOW =
            Operation.of(API, "operatorWork.show", OperationKind.QUERY, HttpMethod.GET, "/operator-work/{workId}", 200,
                    ShowOperatorWorkInput.class, OperatorWorkShown.class);
    public static final Operation<OperatorWorkActionInput, WorkRecovered> OPERATOR_WORK_MARK_RECOVERED =
            Operation.of(API, "operatorWork.markRecovered", OperationKind.COMMAND, HttpMethod.POST,
                    "/operator-work/{workId}/mark-recovered", 200, OperatorWorkActionInput.class, WorkRecovered.class);
    public static final Operation<OperatorWorkActionInput, WorkDeadLettered> OPERATOR_WORK_DEAD_LETTER =
            Operation.of(API, "operatorWork.deadLetter", OperationKind.COMMAND, HttpMethod.POST,
                    "/operator-work/{workId}/dead-letter", 200, OperatorWorkActionInput.class, WorkDeadLettered.class);
    public static final Operation<OperatorWorkActionInput, WorkCanceled> OPERATOR_WORK_CANCEL =
            Operation.of(API, "operatorWork.cancel", OperationKind.COMMAND, HttpMethod.POST,
                    "/operator-work/{workId}/cancel", 200, OperatorWorkActionInput.class, WorkCanceled.class);
    public static final Operation<OperatorWorkActionInput, WorkRetried> OPERATOR_WORK_RETRY =
            Operation.of(API, "operatorWork.retry", OperationKind.COMMAND, HttpMethod.POST,
                    "/operator-work/{workId}/retry", 200, OperatorWorkActionInput.class, WorkRetried.class);
    public static final Operation<PruneOperatorWorkInput, OperatorWorkPruned> OPERATOR_WORK_PRUNE =
            Operation.of(API, "operatorWork.prune", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/prune", 200,
                    PruneOperatorWorkInput.class, OperatorWorkPruned.class);

    private OperatorWorkOperations() {
    }
}

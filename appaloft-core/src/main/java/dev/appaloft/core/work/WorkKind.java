package dev.appaloft.core.work;

import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.work.RetryPolicy;
import java.util.Objects;

/**
 * One kind of background work: its queue name, how operators see it (kind and operation key), how
 * it is retried, and what runs it.
 */
public record WorkKind(String name, OperatorWorkKind operatorKind, String operationKey, RetryPolicy retry,
                       WorkHandler handler) {

    public WorkKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operatorKind, "operatorKind");
        Objects.requireNonNull(operationKey, "operationKey");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(handler, "handler");
    }
}

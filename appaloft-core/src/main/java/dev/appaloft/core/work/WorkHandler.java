package dev.appaloft.core.work;

import dev.appaloft.api.store.work.WorkItem;

/** Runs one claimed item of a kind. It may run again after a crash, so it is idempotent. */
@FunctionalInterface
public interface WorkHandler {

    void run(WorkItem item) throws Exception;
}

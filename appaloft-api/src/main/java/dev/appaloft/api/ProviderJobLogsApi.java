package dev.appaloft.api;

import static dev.appaloft.api.catalog.GovernanceOperations.PROVIDER_JOB_LOGS_PRUNE;

import dev.appaloft.api.retention.PruneProviderJobLogsInput;
import dev.appaloft.api.retention.ProviderJobLogsPruned;

/** The {@code providerJobLogs.*} operations: what runtime providers were asked to do, and how it went. */
public final class ProviderJobLogsApi {

    private final OperationExecutor executor;

    public ProviderJobLogsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    /** Removes (or, by default, only counts) the organization's rows written before a cutoff. */
    public ProviderJobLogsPruned prune(PruneProviderJobLogsInput input) {
        return executor.execute(PROVIDER_JOB_LOGS_PRUNE, input);
    }
}

package dev.appaloft.api;

import static dev.appaloft.api.catalog.RetentionOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.retention.*;

/** The {@code retentionDefaults.*} operations: how long each category of history is kept. */
public final class RetentionDefaultsApi {

    private final OperationExecutor executor;

    public RetentionDefaultsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput configure(ConfigureRetentionDefaultInput input) {
        return executor.execute(RETENTION_DEFAULTS_CONFIGURE, input);
    }

    public RetentionDefaultList list(ListRetentionDefaultsInput input) {
        return executor.execute(RETENTION_DEFAULTS_LIST, input);
    }

    public RetentionDefaultShown show(RetentionCategory category, RetentionScope scope, String organizationId) {
        return executor.execute(RETENTION_DEFAULTS_SHOW, new ShowRetentionDefaultInput(category, scope, organizationId));
    }
}

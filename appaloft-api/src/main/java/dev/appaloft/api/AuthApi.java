package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

import dev.appaloft.api.identity.*;

/** The {@code auth.*} operations: first-admin bootstrap (public). Sign-in is on the engine, outside the catalog. */
public final class AuthApi {

    private final OperationExecutor executor;

    public AuthApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public BootstrapStatus bootstrapStatus() {
        return executor.execute(AUTH_BOOTSTRAP_STATUS, new BootstrapStatusInput());
    }

    public FirstAdminBootstrapped bootstrapFirstAdmin(BootstrapFirstAdminInput input) {
        return executor.execute(AUTH_BOOTSTRAP_FIRST_ADMIN, input);
    }
}

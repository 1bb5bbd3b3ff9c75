package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

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

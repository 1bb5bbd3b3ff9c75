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

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.servers.*;

/** The {@code servers.*} operations built so far: registering and reading deployment targets. */
public final class ServersApi {

    private final OperationExecutor executor;

    public ServersApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateServerInput input) {
        return executor.execute(SERVERS_CREATE, input);
    }

    public ServerList list(ListServersInput input) {
        return executor.execute(SERVERS_LIST, input);
    }

    public CountOutput count() {
        return executor.execute(SERVERS_COUNT, new CountServersInput());
    }

    public ServerDetail show(ShowServerInput input) {
        return executor.execute(SERVERS_SHOW, input);
    }
}

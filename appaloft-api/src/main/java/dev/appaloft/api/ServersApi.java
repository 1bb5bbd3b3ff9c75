package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

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

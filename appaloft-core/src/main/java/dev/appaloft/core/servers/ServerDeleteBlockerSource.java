package dev.appaloft.core.servers;

import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import java.util.List;

/**
 * Something placed on a server that keeps it from being deleted. Each capability that places
 * things on servers (deployments now; domains, volumes, dependency resources when they exist)
 * contributes one, so the servers slice need not know them all.
 */
public interface ServerDeleteBlockerSource {

    List<Blocker> blockers(StoreReader reader, Server server);
}

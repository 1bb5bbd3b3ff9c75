package dev.appaloft.core.servers;

import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.store.StoreReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What delete-check reports and delete enforces, computed in one place: an active server, and
 * whatever the blocker sources find on it. Domain bindings, certificates, dependency resources,
 * volumes, source links, terminal sessions and scheduled runtime tasks do not exist in this
 * product yet, so they block nothing; each adds its source when it is built. The server's SSH
 * credential is no blocker: deleting the server drops its reference and the credential stays.
 */
final class ServerDeletionRules {

    private final List<ServerDeleteBlockerSource> sources;

    ServerDeletionRules(List<ServerDeleteBlockerSource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<Blocker> blockers(StoreReader reader, Server server) {
        List<Blocker> blockers = new ArrayList<>();
        if (server.lifecycleStatus() == ServerLifecycleStatus.ACTIVE) {
            blockers.add(new Blocker("active-server", server.id(), "server", null));
        }
        for (ServerDeleteBlockerSource source : sources) {
            blockers.addAll(source.blockers(reader, server));
        }
        return blockers;
    }
}

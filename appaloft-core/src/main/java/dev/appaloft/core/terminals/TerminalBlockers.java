package dev.appaloft.core.terminals;

import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.resources.ResourceDeleteBlockerSource;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerDeleteBlockerSource;
import java.util.List;

/**
 * A live terminal session keeps its server and its resource ({@code terminal-session}): close it
 * (or let it expire) first, so nobody's shell vanishes under them.
 */
public final class TerminalBlockers implements ServerDeleteBlockerSource, ResourceDeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Server server) {
        long live = TerminalSessionRepository.SESSIONS.count(reader,
                TerminalSessionRepository.live(server.organizationId(), null, server.id()));
        return live == 0 ? List.of() : List.of(new Blocker("terminal-session", null, "terminal-session", live));
    }

    @Override
    public List<String> blockers(StoreReader reader, String organizationId, String resourceId) {
        long live = TerminalSessionRepository.SESSIONS.count(reader,
                TerminalSessionRepository.live(organizationId, resourceId, null));
        return live == 0 ? List.of() : List.of("terminal-session");
    }
}

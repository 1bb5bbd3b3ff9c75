package dev.appaloft.core.terminals;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.terminals.OpenedTerminalSession;
import dev.appaloft.api.terminals.TerminalSessionView;
import dev.appaloft.api.terminals.TerminalTransport;

/** The spec's shapes of a session. */
final class TerminalSessionViews {

    private TerminalSessionViews() {
    }

    static OpenedTerminalSession opened(TerminalSession s) {
        return new OpenedTerminalSession(s.id(), s.scope(), s.serverId(), s.resourceId(), s.deploymentId(),
                TerminalTransport.websocket(s.id()), s.providerKey(), s.workingDirectory(),
                Timestamps.format(s.createdAt()));
    }

    static TerminalSessionView view(TerminalSession s) {
        return new TerminalSessionView(s.id(), s.scope(), s.serverId(), s.resourceId(), s.deploymentId(),
                TerminalTransport.websocket(s.id()), s.providerKey(), s.workingDirectory(),
                Timestamps.format(s.createdAt()), s.status());
    }
}

package dev.appaloft.api.runtime.remote;

import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.probe.ServerProbe;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The runtimes of servers the control plane reaches over the network (SSH), one per server,
 * beside the local runtimes configured by provider key. The engine and its handlers use a remote
 * server's runtime exactly as a local one.
 */
public interface RemoteRuntimes extends AutoCloseable {

    /** Told the host key a server showed the first time, to record it as trusted. */
    @FunctionalInterface
    interface HostKeyRecorder {
        void trust(String serverId, String fingerprint);
    }

    /** The server provider keys this serves (e.g. {@code generic-ssh}). */
    Set<String> providerKeys();

    /** The runtime of one server; {@code access} is read on each use. */
    DeploymentRuntime runtime(String serverId, Supplier<ServerAccess> access);

    /** The edge proxy of one server, reached with its access (read on each use, its proxy settings too). */
    ServerEdgeProxy proxy(String serverId, Supplier<ServerAccess> access);

    /** Connectivity checks for saved and draft servers. */
    ServerProbe probe();

    /** Where first-seen host keys go; set once by the engine. */
    void recordHostKeysWith(HostKeyRecorder recorder);

    /** Drops what is kept for the server (its connection), e.g. after its credential changed. */
    void forget(String serverId);

    /**
     * A login shell on the server with a TTY ({@code terminalSessions.open}, server scope), reached
     * with its access. Runtimes without shells answer {@code runtime_target_unsupported}.
     */
    default dev.appaloft.api.runtime.TerminalChannel openShell(String serverId, Supplier<ServerAccess> access,
                                                               dev.appaloft.api.runtime.TerminalRequest request,
                                                               dev.appaloft.api.runtime.TerminalOutput output) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "these servers offer no terminal shells");
    }

    @Override
    void close();
}

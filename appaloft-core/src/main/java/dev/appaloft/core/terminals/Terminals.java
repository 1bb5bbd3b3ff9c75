package dev.appaloft.core.terminals;

import dev.appaloft.api.Actor;
import dev.appaloft.api.catalog.AppTaskOperations;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.access.AccessPolicy;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shells this process holds, and the clock that ends them: every second it ends sessions past
 * their absolute TTL (any process's: a session whose process died is ended here too) and this
 * process's sessions idle past the idle TTL. Every end is recorded on the session with one audit
 * event. Clients attach through {@link #attach}, which checks the caller like any operation.
 */
public final class Terminals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Terminals.class);
    static final String SYSTEM_ACTOR = "terminal-sessions";

    private final CoreContext ctx;
    private final TerminalLimits limits;
    private final String holder = "proc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Map<String, LiveTerminal> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock;

    Terminals(CoreContext ctx, TerminalLimits limits) {
        this.ctx = ctx;
        this.limits = limits;
        this.clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "appaloft-terminal-ttl");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    TerminalLimits limits() {
        return limits;
    }

    String holder() {
        return holder;
    }

    LiveTerminal newTerminal(String sessionId, String organizationId, Instant expiresAt) {
        return new LiveTerminal(sessionId, organizationId, expiresAt, limits.retainedBytes(), ctx::now,
                t -> clock.execute(() -> end(t.sessionId, t.organizationId, TerminalSession.CLOSED, "exited")));
    }

    void hold(LiveTerminal terminal) {
        live.put(terminal.sessionId, terminal);
    }

    /**
     * Attaches a client to a live session of the caller's organization. The caller needs the role
     * that may open a terminal; another organization's session, or an ended one, is not found.
     */
    public TerminalAttachment attach(Actor actor, String sessionId, TerminalClient client) {
        return attachable(actor, sessionId).attach(client);
    }

    /** What {@link #attach} checks, without attaching: an upgrade is refused before it happens. */
    public void checkAttach(Actor actor, String sessionId) {
        attachable(actor, sessionId);
    }

    private LiveTerminal attachable(Actor actor, String sessionId) {
        AccessPolicy.checkStanding(AppTaskOperations.TERMINAL_SESSIONS_OPEN, actor);
        TerminalSession session = ctx.read(r -> TerminalSessionRepository.SESSIONS.require(r, actor.organizationId(),
                sessionId)).value();
        LiveTerminal terminal = live.get(sessionId);
        if (!session.live()) {
            throw AppaloftException.notFound("terminal session", sessionId);
        }
        if (terminal == null) {
            throw new AppaloftException(ErrorCode.TERMINAL_SESSION_NOT_LOCAL, "terminal session " + sessionId
                    + " is held by another control-plane process (" + session.holder() + "); attach there");
        }
        return terminal;
    }

    /**
     * Records a session ended ({@code status} closed or expired) and ends its shell when it is
     * here. Returns false when it had ended already.
     */
    boolean end(String sessionId, String organizationId, String status, String reason) {
        Actor system = new Actor(Actor.Kind.SYSTEM, SYSTEM_ACTOR, organizationId, Actor.Role.OWNER);
        boolean recorded = ctx.command(system,
                TerminalSession.EXPIRED.equals(status) ? "terminalSessions.expire" : "terminalSessions.close", uow -> {
            Optional<Versioned<TerminalSession>> found = TerminalSessionRepository.SESSIONS.findIn(uow.tx(),
                    organizationId, sessionId);
            if (found.isEmpty() || !found.get().value().live()) {
                return false;
            }
            TerminalSessionRepository.SESSIONS.update(uow.tx(), found.get(),
                    found.get().value().ended(status, reason, uow.now()), uow.now());
            uow.event(TerminalSessionHandlers.ENDED_EVENT, sessionId, Map.of("status", status, "reason", reason));
            return true;
        });
        release(sessionId, reason);
        return recorded;
    }

    /** Ends the shell of a session whose end is already recorded. */
    void release(String sessionId, String reason) {
        LiveTerminal terminal = live.remove(sessionId);
        if (terminal != null) {
            terminal.end(reason);
        }
    }

    private void sweep() {
        try {
            Instant now = ctx.now();
            for (LiveTerminal t : List.copyOf(live.values())) {
                if (!now.isBefore(t.expiresAt)) {
                    end(t.sessionId, t.organizationId, TerminalSession.EXPIRED, "expired");
                } else if (!now.isBefore(t.lastActivity().plus(limits.idleTimeout()))) {
                    end(t.sessionId, t.organizationId, TerminalSession.EXPIRED, "idle");
                }
            }
            // sessions of a process that is gone: nothing ends them but their TTL
            for (TerminalSession s : ctx.read(r -> TerminalSessionRepository.SESSIONS.values(r,
                    TerminalSessionRepository.live(null, null, null).limit(200)))) {
                if (!now.isBefore(s.expiresAt()) && !live.containsKey(s.id())) {
                    end(s.id(), s.organizationId(), TerminalSession.EXPIRED, "expired");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("terminal session sweep failed: {}", e.toString());
        }
    }

    /** Ends this process's shells (recorded closed) and stops the clock. */
    @Override
    public void close() {
        clock.shutdownNow();
        for (LiveTerminal t : List.copyOf(live.values())) {
            try {
                end(t.sessionId, t.organizationId, TerminalSession.CLOSED, "shutdown");
            } catch (RuntimeException e) {
                release(t.sessionId, "shutdown"); // the store may be gone already: the shell ends anyway
            }
        }
    }
}

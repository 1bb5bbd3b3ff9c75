package dev.appaloft.core.terminals;

import static dev.appaloft.api.catalog.AppTaskOperations.TERMINAL_SESSIONS_CLOSE;
import static dev.appaloft.api.catalog.AppTaskOperations.TERMINAL_SESSIONS_EXPIRE;
import static dev.appaloft.api.catalog.AppTaskOperations.TERMINAL_SESSIONS_LIST;
import static dev.appaloft.api.catalog.AppTaskOperations.TERMINAL_SESSIONS_OPEN;
import static dev.appaloft.api.catalog.AppTaskOperations.TERMINAL_SESSIONS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalRequest;
import dev.appaloft.api.terminals.*;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code terminalSessions.open|list|show|close|expire}. Open starts the shell first (so a scope
 * that cannot have one fails before anything is recorded), then records the session with its
 * audit event; the shell stays in this process ({@link Terminals}) until it is closed, exits or
 * expires. List and show give live sessions only, never their output.
 */
public final class TerminalSessionHandlers {

    static final String OPENED_EVENT = "terminal-session-opened";
    static final String ENDED_EVENT = "terminal-session-closed";

    private final CoreContext ctx;
    private final Terminals terminals;
    private final TerminalTargets targets;

    private TerminalSessionHandlers(CoreContext ctx, Terminals terminals, TerminalTargets targets) {
        this.ctx = ctx;
        this.terminals = terminals;
        this.targets = targets;
    }

    /** Registers the operations; the returned {@link Terminals} is the attach door and must be closed. */
    public static Terminals register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                     TerminalLimits limits) {
        Terminals terminals = new Terminals(ctx, limits);
        TerminalSessionHandlers h = new TerminalSessionHandlers(ctx, terminals, new TerminalTargets(ctx, runtimes));
        registry.register(TERMINAL_SESSIONS_OPEN, h::open)
                .register(TERMINAL_SESSIONS_LIST, h::list)
                .register(TERMINAL_SESSIONS_SHOW, h::show)
                .register(TERMINAL_SESSIONS_CLOSE, h::close)
                .register(TERMINAL_SESSIONS_EXPIRE, h::expire);
        return terminals;
    }

    OpenedTerminalSession open(OpenTerminalSessionInput in, Actor actor) {
        Validation v = new Validation();
        v.required("scope", in.scope());
        TerminalScope scope = in.scope();
        if (scope != null) {
            v.check(TerminalScope.SERVER.equals(scope.kind()) || TerminalScope.RESOURCE.equals(scope.kind()),
                    "scope.kind", "scope.kind must be server or resource");
            if (TerminalScope.SERVER.equals(scope.kind())) {
                v.text("scope.serverId", scope.serverId(), 200);
                v.check(scope.resourceId() == null && scope.deploymentId() == null, "scope",
                        "a server scope takes serverId only");
            } else if (TerminalScope.RESOURCE.equals(scope.kind())) {
                v.text("scope.resourceId", scope.resourceId(), 200);
                v.optionalText("scope.deploymentId", scope.deploymentId(), 200);
                v.check(scope.serverId() == null, "scope.serverId", "a resource scope takes no serverId");
            }
        }
        String directory = v.optionalText("relativeDirectory", in.relativeDirectory(), 512);
        v.check(directory == null || RelativeDirectory.valid(directory), "relativeDirectory",
                "relativeDirectory must be a relative path without '..' segments");
        int rows = in.initialRows() == null ? TerminalLimits.DEFAULT_ROWS : in.initialRows();
        int cols = in.initialCols() == null ? TerminalLimits.DEFAULT_COLS : in.initialCols();
        v.check(rows >= TerminalLimits.MIN_ROWS && rows <= TerminalLimits.MAX_ROWS, "initialRows",
                "initialRows must be between " + TerminalLimits.MIN_ROWS + " and " + TerminalLimits.MAX_ROWS);
        v.check(cols >= TerminalLimits.MIN_COLS && cols <= TerminalLimits.MAX_COLS, "initialCols",
                "initialCols must be between " + TerminalLimits.MIN_COLS + " and " + TerminalLimits.MAX_COLS);
        v.throwIfInvalid();
        TerminalTargets.Target target = targets.resolve(actor, scope);
        String id = Ids.next("term");
        Instant expiresAt = ctx.now().plus(terminals.limits().ttl());
        LiveTerminal terminal = terminals.newTerminal(id, actor.organizationId(), expiresAt);
        TerminalChannel channel = target.opener().open(new TerminalRequest(directory, rows, cols), terminal);
        terminal.channel(channel);
        try {
            TerminalSession session = ctx.command(actor, "terminalSessions.open", uow -> {
                TerminalSession s = new TerminalSession(id, actor.organizationId(), actor.id(), target.scope(),
                        target.serverId(), target.resourceId(), target.deploymentId(), target.providerKey(),
                        channel.workingDirectory(), TerminalSession.ACTIVE, terminals.holder(), uow.now(),
                        uow.now().plus(terminals.limits().ttl()), null, null);
                TerminalSessionRepository.SESSIONS.insert(uow.tx(), s, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("scope", s.scope());
                payload.put("serverId", s.serverId());
                if (s.resourceId() != null) {
                    payload.put("resourceId", s.resourceId());
                    payload.put("deploymentId", s.deploymentId());
                }
                payload.put("expiresAt", s.expiresAt().toString());
                uow.event(OPENED_EVENT, id, payload);
                return s;
            });
            terminals.hold(terminal);
            return TerminalSessionViews.opened(session);
        } catch (RuntimeException e) {
            terminal.end("failed"); // nothing was recorded: the shell must not outlive the failed open
            throw e;
        }
    }

    TerminalSessionList list(ListTerminalSessionsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 200);
        String scope = Validation.filter(in.scope());
        v.check(scope == null || TerminalScope.SERVER.equals(scope) || TerminalScope.RESOURCE.equals(scope), "scope",
                "scope must be server or resource");
        v.throwIfInvalid();
        String deploymentId = Validation.filter(in.deploymentId());
        List<TerminalSession> found = ctx.read(r -> TerminalSessionRepository.SESSIONS.values(r,
                TerminalSessionRepository.live(actor.organizationId(), Validation.filter(in.resourceId()),
                        Validation.filter(in.serverId())).newestFirst()));
        return new TerminalSessionList(found.stream()
                .filter(s -> scope == null || scope.equals(s.scope()))
                .filter(s -> deploymentId == null || deploymentId.equals(s.deploymentId()))
                .limit(limit).map(TerminalSessionViews::view).toList());
    }

    TerminalSessionShown show(ShowTerminalSessionInput in, Actor actor) {
        return new TerminalSessionShown(TerminalSessionViews.view(requireLive(actor, in.sessionId())));
    }

    ClosedTerminalSession close(CloseTerminalSessionInput in, Actor actor) {
        TerminalSession before = ctx.read(r -> TerminalSessionRepository.SESSIONS.require(r, actor.organizationId(),
                in.sessionId())).value();
        boolean closed = ctx.command(actor, "terminalSessions.close", uow -> {
            Versioned<TerminalSession> current = TerminalSessionRepository.SESSIONS.require(uow.tx(),
                    actor.organizationId(), before.id());
            if (!current.value().live()) {
                return false; // ended already: nothing changes, nothing recorded
            }
            TerminalSessionRepository.SESSIONS.update(uow.tx(), current,
                    current.value().ended(TerminalSession.CLOSED, "closed", uow.now()), uow.now());
            uow.event(ENDED_EVENT, before.id(), Map.of("status", TerminalSession.CLOSED, "reason", "closed"));
            return true;
        });
        terminals.release(before.id(), "closed");
        return ClosedTerminalSession.of(before.id(), closed);
    }

    ExpiredTerminalSessions expire(ExpireTerminalSessionsInput in, Actor actor) {
        Validation v = new Validation();
        Instant olderThan = v.instant("olderThan", in.olderThan());
        int limit = v.limit(in.limit(), 100, 200);
        v.throwIfInvalid();
        Instant now = ctx.now();
        List<String> ids = ctx.command(actor, "terminalSessions.expire", uow -> {
            List<String> expired = new ArrayList<>();
            for (Versioned<TerminalSession> s : TerminalSessionRepository.SESSIONS.query(uow.tx(),
                    TerminalSessionRepository.live(actor.organizationId(), null, null))) {
                boolean due = olderThan == null ? !now.isBefore(s.value().expiresAt())
                        : s.value().createdAt().isBefore(olderThan);
                if (due && expired.size() < limit) {
                    TerminalSessionRepository.SESSIONS.update(uow.tx(), s,
                            s.value().ended(TerminalSession.EXPIRED, "expired", uow.now()), uow.now());
                    expired.add(s.value().id());
                }
            }
            if (!expired.isEmpty()) {
                // one record for the command, naming every session it ended
                uow.event("terminal-sessions-expired", actor.organizationId(), Map.of("sessionIds", expired));
            }
            return expired;
        });
        ids.forEach(id -> terminals.release(id, "expired"));
        return new ExpiredTerminalSessions(ids.size(), ids);
    }

    private TerminalSession requireLive(Actor actor, String sessionId) {
        TerminalSession s = ctx.read(r -> TerminalSessionRepository.SESSIONS.require(r, actor.organizationId(),
                sessionId)).value();
        if (!s.live()) {
            throw dev.appaloft.api.error.AppaloftException.notFound("terminal session", sessionId);
        }
        return s;
    }
}

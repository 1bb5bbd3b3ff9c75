package dev.appaloft.core.servers;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.servers.DeactivateServerInput;
import dev.appaloft.api.servers.DeleteServerInput;
import dev.appaloft.api.servers.RenameServerInput;
import dev.appaloft.api.servers.ServerDeleteCheck;
import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.servers.ServerDeleteCheckInput;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Map;

/**
 * Rename, deactivate, delete-check and delete. A repeated rename or deactivate changes nothing and
 * records nothing. Delete needs the server inactive, unblocked, and its id repeated as confirmation.
 */
final class ServerLifecycleHandlers {

    private final CoreContext ctx;
    private final ServerDeletionRules rules;

    ServerLifecycleHandlers(CoreContext ctx, ServerDeletionRules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    IdOutput rename(RenameServerInput in, Actor actor) {
        Validation v = new Validation();
        String name = v.text("name", in.name(), ServerHandlers.NAME);
        v.throwIfInvalid();
        return ctx.command(actor, "servers.rename", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            if (!current.value().name().equals(name)) {
                ServerRepository.update(uow.tx(), current, current.value().rename(name), uow.now());
                uow.event("server-renamed", in.serverId(), Map.of("previousName", current.value().name(), "name", name));
            }
            return new IdOutput(current.value().id());
        });
    }

    IdOutput deactivate(DeactivateServerInput in, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", in.reason(), 500);
        v.throwIfInvalid();
        return ctx.command(actor, "servers.deactivate", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            if (current.value().lifecycleStatus() == ServerLifecycleStatus.ACTIVE) {
                ServerRepository.update(uow.tx(), current, current.value().deactivate(reason, uow.now()), uow.now());
                uow.event("server-deactivated", in.serverId(), UnitOfWork.reasonPayload(reason));
            }
            return new IdOutput(current.value().id());
        });
    }

    ServerDeleteCheck deleteCheck(ServerDeleteCheckInput in, Actor actor) {
        return ctx.read(r -> {
            Server server = ServerRepository.require(r, actor.organizationId(), in.serverId()).value();
            List<Blocker> blockers = rules.blockers(r, server);
            return new ServerDeleteCheck(ServerDeleteCheck.SCHEMA_VERSION, server.id(), server.lifecycleStatus(),
                    blockers.isEmpty(), blockers, Timestamps.format(ctx.now()));
        });
    }

    IdOutput delete(DeleteServerInput in, Actor actor) {
        String confirmed = in.confirmation() == null ? null : in.confirmation().serverId();
        if (confirmed == null) {
            throw AppaloftException.validation(List.of(new Issue("invalid_type", List.of("confirmation", "serverId"),
                    "confirm the deletion by repeating the server id", "string", null, null)));
        }
        if (!confirmed.equals(in.serverId())) {
            throw AppaloftException.validation(List.of(new Issue("custom", List.of("confirmation", "serverId"),
                    "the confirmation does not match the server id", null, null, null)));
        }
        return ctx.command(actor, "servers.delete", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            List<String> blockers = rules.blockers(uow.tx(), current.value()).stream().map(Blocker::kind).distinct()
                    .toList();
            if (!blockers.isEmpty()) {
                throw new AppaloftException(ErrorCode.SERVER_DELETE_BLOCKED, "server " + in.serverId()
                        + " cannot be deleted: " + blockers + " (servers.deleteCheck lists them)", List.of(),
                        Map.of("blockers", blockers), null);
            }
            ServerRepository.update(uow.tx(), current, current.value().delete(uow.now()), uow.now());
            uow.event("server-deleted", in.serverId(), Map.of("name", current.value().name()));
            return new IdOutput(current.value().id());
        });
    }
}

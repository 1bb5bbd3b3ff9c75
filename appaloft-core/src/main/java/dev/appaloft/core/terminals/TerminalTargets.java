package dev.appaloft.core.terminals;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import dev.appaloft.api.runtime.TerminalRequest;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.terminals.TerminalScope;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.resources.running.DeploymentFacts;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerAccesses;
import dev.appaloft.core.servers.ServerRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a terminal's scope names and starts its shell there: a resource's current instance
 * (or a named deployment's, while it runs) through its runtime, or an SSH server's login shell.
 * A server shell on the control plane's own host is refused: it would be a shell on this machine.
 */
final class TerminalTargets {

    /** A checked scope: where the shell runs and how to start it. */
    record Target(String scope, String serverId, String resourceId, String deploymentId, String providerKey,
                  Opener opener) {
    }

    @FunctionalInterface
    interface Opener {
        TerminalChannel open(TerminalRequest request, TerminalOutput output);
    }

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    TerminalTargets(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    Target resolve(Actor actor, TerminalScope scope) {
        return TerminalScope.SERVER.equals(scope.kind()) ? server(actor, scope.serverId())
                : resource(actor, scope.resourceId(), scope.deploymentId());
    }

    private Target resource(Actor actor, String resourceId, String deploymentId) {
        Deployment deployment = ctx.read(r -> {
            ResourceRepository.require(r, actor.organizationId(), resourceId);
            if (deploymentId == null) {
                return DeploymentFacts.of(r, actor.organizationId(), resourceId).current();
            }
            Deployment named = DeploymentRepository.require(r, actor.organizationId(), deploymentId).value();
            if (!named.resourceId().equals(resourceId)) {
                throw AppaloftException.validation("scope.deploymentId", "deployment " + deploymentId
                        + " is not a deployment of resource " + resourceId);
            }
            return named;
        });
        if (deployment == null || deployment.instance() == null) {
            throw new AppaloftException(ErrorCode.TERMINAL_SESSION_UNAVAILABLE, "resource " + resourceId
                    + " has no running instance to open a terminal in", List.of(),
                    Map.of("resourceId", resourceId), null);
        }
        DeploymentRuntime runtime = runtimes.require(deployment.plan().providerKey(), deployment.serverId());
        Deployment.Instance i = deployment.instance();
        RuntimeInstance instance = new RuntimeInstance(i.id(), i.name(), i.hostPort(), true, Map.of());
        return new Target(TerminalScope.RESOURCE, deployment.serverId(), resourceId, deployment.id(),
                deployment.plan().providerKey(), (request, output) -> unavailableIfGone(resourceId,
                () -> runtime.openTerminal(instance, request, output)));
    }

    private Target server(Actor actor, String serverId) {
        Server server = ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId)).value();
        if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE) {
            throw new AppaloftException(ErrorCode.SERVER_INACTIVE, "server " + serverId + " is not active");
        }
        Optional<RemoteRuntimes> remote = runtimes.remote()
                .filter(r -> r.providerKeys().contains(server.providerKey()));
        if (remote.isEmpty()) {
            throw new AppaloftException(ErrorCode.TERMINAL_SESSION_SCOPE_UNSUPPORTED, "server " + serverId
                    + " (" + server.providerKey() + ") offers no login shell: server terminals are for SSH servers",
                    List.of(dev.appaloft.api.error.Issue.custom("scope", "a server terminal needs an SSH server")),
                    Map.of(), null);
        }
        return new Target(TerminalScope.SERVER, serverId, null, null, server.providerKey(),
                (request, output) -> remote.get().openShell(serverId, () -> ServerAccesses.of(ctx, serverId),
                        request, output));
    }

    private static TerminalChannel unavailableIfGone(String resourceId, java.util.function.Supplier<TerminalChannel> open) {
        try {
            return open.get();
        } catch (AppaloftException e) {
            if (e.code().code().equals(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND.code())) {
                throw new AppaloftException(ErrorCode.TERMINAL_SESSION_UNAVAILABLE, e.getMessage()
                        + "; resource " + resourceId + " has no running instance to open a terminal in");
            }
            throw e;
        }
    }
}

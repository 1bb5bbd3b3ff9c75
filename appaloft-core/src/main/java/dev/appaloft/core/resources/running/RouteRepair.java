package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.internal.Versioned;
import java.util.Objects;

/**
 * Keeps what points at an instance pointing at it after it starts again: the engine publishes a
 * started container on a new host port, so the proxy route moves to that port (and comes back if
 * the proxy lost it) and the deployment records the port it now answers on.
 */
final class RouteRepair {

    private final RunningApps apps;

    RouteRepair(RunningApps apps) {
        this.apps = apps;
    }

    void follow(Deployment deployment, RuntimeInstance started) {
        if (started.hostPort() == null) {
            return;
        }
        RouteCheck route = RouteCheck.of(apps.runtimes(), new DeploymentFacts(1, deployment, deployment), started.hostPort());
        if (route.status() != RouteCheck.Status.NOT_ROUTED && route.status() != RouteCheck.Status.PROXY_MISSING
                && !route.ready()) {
            EdgeProxy proxy = route.proxy();
            proxy.route(route.expected(started.hostPort()));
        }
        if (!Objects.equals(started.hostPort(), deployment.instance().hostPort())) {
            Actor engine = new Actor(Actor.Kind.SYSTEM, "runtime-control", deployment.organizationId(), Actor.Role.OWNER);
            apps.ctx().command(engine, "resources.runtime.follow-instance", uow -> {
                Versioned<Deployment> before = DeploymentRepository.require(uow.tx(), null, deployment.id());
                Deployment.Instance was = before.value().instance();
                DeploymentRepository.update(uow.tx(), before, before.value().withInstance(
                        new Deployment.Instance(was.id(), was.name(), started.hostPort(), was.url(), was.promoted())), uow.now());
                return null;
            });
            // the custom domains of the resource follow it to its new port
            apps.runtimes().instanceMoved(deployment.organizationId(), deployment.resourceId());
        }
    }
}

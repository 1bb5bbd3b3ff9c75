package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.secrets.SecretMask;

/** What every running-app handler looks up: the resource, its deployment facts, runtimes, secret masks. */
final class RunningApps {

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    RunningApps(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    CoreContext ctx() {
        return ctx;
    }

    DeploymentRuntimes runtimes() {
        return runtimes;
    }

    /** The resource in the actor's organization ({@code not_found} otherwise), with its deployment facts. */
    Snapshot load(Actor actor, String resourceId) {
        return ctx.read(r -> {
            Resource resource = ResourceRepository.require(r, actor.organizationId(), resourceId).value();
            return new Snapshot(resource, DeploymentFacts.of(r, actor.organizationId(), resourceId));
        });
    }

    record Snapshot(Resource resource, DeploymentFacts facts) {
    }

    /**
     * The mask for what a deployment's instance writes: every secret value it was started with
     * (the same values, and the same rule, as its deployment log).
     */
    SecretMask mask(Deployment deployment) {
        return SecretMask.of(Precedence.effective(deployment.snapshot().variables()).stream()
                .filter(ConfigEntry::isSecret).map(e -> ctx.secrets().open(e.value())).toList());
    }

}

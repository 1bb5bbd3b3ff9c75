package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;

/** Input rules shared by the deployment commands that need a confirmation. */
final class DeploymentChecks {

    private DeploymentChecks() {
    }

    /**
     * The deployment, once {@code confirm} repeats its id and {@code resourceId} (when given) is its
     * resource: destructive commands must name what they act on twice.
     */
    static Deployment confirmed(CoreContext ctx, Actor actor, String deploymentId, String confirm, String resourceId) {
        Validation v = new Validation();
        v.text("confirm", confirm, 200);
        v.throwIfInvalid();
        Deployment d = ctx.read(r -> DeploymentRepository.require(r, actor.organizationId(), deploymentId)).value();
        if (!confirm.equals(d.id())) {
            throw AppaloftException.validation("confirm", "must repeat the deployment id " + d.id());
        }
        if (resourceId != null && !resourceId.equals(d.resourceId())) {
            throw AppaloftException.validation("resourceId", "deployment " + d.id() + " is not of this resource");
        }
        return d;
    }

    /** A deployment's target must be named in full: project, environment, resource and server. */
    static void requireTarget(String projectId, String environmentId, String resourceId, String serverId) {
        Validation v = new Validation();
        v.text("projectId", projectId, 200);
        v.text("environmentId", environmentId, 200);
        v.text("resourceId", resourceId, 200);
        v.text("serverId", serverId, 200);
        v.throwIfInvalid();
    }
}

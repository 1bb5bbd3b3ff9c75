package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.core.deployments.sources.SourcePreparer;
import dev.appaloft.core.deployments.sources.SourceResolution;
import java.util.Map;

/**
 * The detect phase of a deployment: reads its source into a build context (checkout, archive,
 * generated Dockerfile) and returns the plan with what that found. A plan that runs an image as it
 * is reads nothing; when that image is one Appaloft built (a rollback) it must still be on the
 * engine, since image retention removes older builds.
 */
final class DeploymentSources {

    /** A rollback to a deployment whose image retention already removed. */
    static final ErrorCode ROLLBACK_IMAGE_REMOVED = new ErrorCode("rollback_image_removed", 409, false);

    private final SourcePreparer preparer;

    DeploymentSources(SourcePreparer preparer) {
        this.preparer = preparer;
    }

    Deployment.Plan resolve(Deployment deployment, DeploymentRuntime runtime, RuntimeLog log) {
        Deployment.Plan plan = deployment.plan();
        if (plan.runsPrebuiltImage()) {
            if (plan.source().kind() != SourceBinding.Kind.DOCKER_IMAGE && !runtime.images(
                    Map.of(DeploymentExecutor.LABEL_RESOURCE, deployment.resourceId())).contains(plan.image())) {
                throw new AppaloftException(ROLLBACK_IMAGE_REMOVED, "the image " + plan.image() + " is no longer on the "
                        + "server: only the images of a resource's last " + ImageRetention.KEEP + " successful "
                        + "deployments are kept; redeploy instead");
            }
            log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "runs the image " + plan.image() + " as it is");
            return plan;
        }
        SourceResolution found = preparer.prepare(deployment.id(), plan.source(), plan.profile(), plan.internalPort(),
                plan.targetService(), log);
        return plan.resolvedBy(found);
    }

    /** Removes the deployment's checkout and generated context (called once it has ended). */
    void discard(String deploymentId) {
        preparer.discard(deploymentId);
    }
}

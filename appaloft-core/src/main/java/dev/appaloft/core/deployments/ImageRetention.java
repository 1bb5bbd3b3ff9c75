package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.core.internal.CoreContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every build tags a new image ({@code appaloft/<resource>:<millis>}), so without pruning they pile
 * up. After a successful deployment, the images built for its resource are removed except those
 * its last {@value #KEEP} successful deployments run: a rollback can go back that far without
 * rebuilding. Further back, a rollback fails with {@code rollback_image_removed} rather than
 * rebuild from a source that may have changed since.
 */
final class ImageRetention {

    static final int KEEP = 5;

    private final CoreContext ctx;

    ImageRetention(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** Never fails the deployment: it already succeeded, and an image left behind is only disk. */
    void afterSuccess(Deployment deployment, DeploymentRuntime runtime, RuntimeLog log) {
        try {
            Set<String> kept = new HashSet<>();
            kept.add(deployment.plan().image());
            ctx.read(r -> DeploymentRepository.list(r, DeploymentRepository.scope(deployment.organizationId(), null,
                            deployment.resourceId()).statusIn(Set.of(DeploymentStatus.SUCCEEDED.wire()))
                    .newestFirst().limit(KEEP))).forEach(d -> kept.add(d.plan().image()));
            for (String image : runtime.images(Map.of(DeploymentExecutor.LABEL_RESOURCE, deployment.resourceId()))) {
                if (!kept.contains(image)) {
                    runtime.removeImage(image, log);
                }
            }
        } catch (RuntimeException e) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "older images were not removed: " + e.getMessage());
        }
    }
}

package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.deployments.sources.SourceResolution;
import java.time.Instant;
import java.util.List;

/**
 * One deployment attempt. Its plan and variable snapshot are fixed at admission; its status only
 * moves along {@link DeploymentStatus#canBecome}.
 */
public record Deployment(
        String id,
        String organizationId,
        String projectId,
        String environmentId,
        String resourceId,
        String serverId,
        String destinationId,
        DeploymentStatus status,
        Plan plan,
        Snapshot snapshot,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Failure failure,
        Instance instance,
        String triggerKind,
        String sourceDeploymentId,
        Instant archivedAt) {

    public Deployment(String id, String organizationId, String projectId, String environmentId, String resourceId,
                      String serverId, String destinationId, DeploymentStatus status, Plan plan, Snapshot snapshot,
                      Instant createdAt, Instant startedAt, Instant finishedAt, Failure failure, Instance instance,
                      String triggerKind, String sourceDeploymentId) {
        this(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId, status, plan, snapshot,
                createdAt, startedAt, finishedAt, failure, instance, triggerKind, sourceDeploymentId, null);
    }

    /**
     * What will be deployed and how; secrets stay sealed in the snapshot, never here. Fixed at
     * admission except for what only reading the source tells: the detect phase fills in the
     * strategy, build context and {@code resolution}. {@code profile} is the resource's runtime
     * profile as it was at admission.
     */
    public record Plan(
            String id,
            String providerKey,
            SourceBinding source,
            String buildStrategy,
            String image,
            String contextDirectory,
            String dockerfilePath,
            long internalPort,
            Long hostPort,
            NetworkProfile.ExposureMode exposureMode,
            HealthCheck health,
            String resourceSlug,
            String routeHost,
            String pathPrefix,
            String detectSummary,
            List<String> steps,
            Instant generatedAt,
            RuntimeProfile profile,
            SourceResolution resolution,
            String targetService) {

        /** Whether the plan deploys a compose stack (the Compose CLI builds and runs it). */
        public boolean deploysComposeStack() {
            return COMPOSE.equals(buildStrategy);
        }

        /** Whether the plan runs an image as it is (a docker-image source, or a rollback's earlier build). */
        public boolean runsPrebuiltImage() {
            return PREBUILT.equals(buildStrategy);
        }

        /** The plan once the detect phase read the source: strategy, build context and commit are known. */
        public Plan resolvedBy(SourceResolution found) {
            return new Plan(id, providerKey, source, found.buildStrategy(), image, found.contextDirectory(),
                    found.dockerfilePath(), internalPort, hostPort, exposureMode, health, resourceSlug, routeHost,
                    pathPrefix, found.summary(), steps, generatedAt, profile, found, targetService);
        }

        /**
         * This plan for a new attempt (retry): the source is read again, pinned to the commit this
         * attempt resolved, so a retry builds what the failed attempt would have built.
         */
        public Plan replay(String newId, Instant now) {
            SourceBinding pinned = source;
            if (resolution != null && resolution.commitSha() != null && source.commitSha() == null) {
                pinned = new SourceBinding(source.kind(), source.locator(), source.displayName(),
                        source.sourceBindingFingerprint(), source.gitRef(), resolution.commitSha(), source.baseDirectory(),
                        source.originalLocator(), source.repositoryId(), source.repositoryFullName(),
                        source.defaultBranch(), source.imageName(), source.imageTag(), source.imageDigest(),
                        source.metadata());
            }
            boolean prebuilt = runsPrebuiltImage();
            return new Plan(newId, providerKey, pinned, buildStrategy, image, null, prebuilt ? null : dockerfilePath,
                    internalPort, hostPort, exposureMode, health, resourceSlug, routeHost, pathPrefix, detectSummary,
                    steps, now, profile, prebuilt ? resolution : null, targetService);
        }

        /** This plan's image, run again as it is (rollback); what the source now holds does not matter. */
        public Plan rerunImage(String newId, Instant now) {
            if (deploysComposeStack()) {
                // a stack is not one image: its compose file is read and run again (inline ones are in the source)
                return replay(newId, now);
            }
            return new Plan(newId, providerKey, source, PREBUILT, image, null, null, internalPort, hostPort,
                    exposureMode, health, resourceSlug, routeHost, pathPrefix, "rollback to image " + image, steps, now,
                    profile, resolution, targetService);
        }
    }

    static final String PREBUILT = "prebuilt-image";
    static final String COMPOSE = "compose-deploy";

    /** The variables the deployment starts with; secret values are sealed. */
    public record Snapshot(String id, String environmentId, Instant createdAt, List<ConfigEntry> variables) {
    }

    public record Failure(DeploymentPhase phase, String code, String message, boolean retryable, Instant at) {
    }

    /** The instance this deployment started, so a restarted control plane can find and clean it. */
    public record Instance(String id, String name, Integer hostPort, String url, boolean promoted) {

        public Instance(String id, String name, Integer hostPort, String url) {
            this(id, name, hostPort, url, false);
        }

        /**
         * Marked (and saved) just before traffic moves to this instance: from then on it has passed
         * verification, so recovery after a crash finishes the switch instead of removing it.
         */
        Instance promote(String routedUrl) {
            return new Instance(id, name, hostPort, routedUrl, true);
        }
    }

    public Deployment moveTo(DeploymentStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("deployment " + id + " cannot go from " + status.wire() + " to " + next.wire());
        }
        Instant started = next == DeploymentStatus.RUNNING && startedAt == null ? now : startedAt;
        Instant finished = next.isTerminal() ? now : finishedAt;
        return new Deployment(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId, next,
                plan, snapshot, createdAt, started, finished, failure, instance, triggerKind, sourceDeploymentId, archivedAt);
    }

    public Deployment fail(Failure why, Instant now) {
        Deployment failed = moveTo(DeploymentStatus.FAILED, now);
        return new Deployment(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                failed.status, plan, snapshot, createdAt, failed.startedAt, failed.finishedAt, why, instance, triggerKind,
                sourceDeploymentId, archivedAt);
    }

    public Deployment withPlan(Plan resolved) {
        return new Deployment(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId, status,
                resolved, snapshot, createdAt, startedAt, finishedAt, failure, instance, triggerKind, sourceDeploymentId);
    }

    public Deployment withInstance(Instance started) {
        return new Deployment(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId, status,
                plan, snapshot, createdAt, startedAt, finishedAt, failure, started, triggerKind, sourceDeploymentId,
                archivedAt);
    }

    /** Archived deployments leave lists and counts (unless asked for) but keep their record. */
    public Deployment archive(Instant now) {
        if (!status.isTerminal()) {
            throw new IllegalStateException("only an ended deployment can be archived");
        }
        return new Deployment(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId, status,
                plan, snapshot, createdAt, startedAt, finishedAt, failure, instance, triggerKind, sourceDeploymentId,
                archivedAt == null ? now : archivedAt);
    }

    /** Where the app answers: its route through the edge proxy, or its loopback port without one. */
    public String url() {
        if (instance == null || plan.exposureMode() == NetworkProfile.ExposureMode.NONE) {
            return null; // none: the loopback port exists for health checks only
        }
        if (instance.url() != null) {
            return instance.url();
        }
        return instance.hostPort() == null ? null : "http://127.0.0.1:" + instance.hostPort() + "/";
    }
}

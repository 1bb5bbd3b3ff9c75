package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.running.DeploymentFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a deployment's leftovers on a server (a stopped container, an untagged image, a build
 * workspace) are to a prune of that server, by the deployment rules: another organization's or
 * another server's are not this prune's business; an unfinished deployment's and the resource's
 * current one's are the active runtime; those a rollback may go back to (a resource's last
 * {@value ImageRetention#KEEP} successes, the images image retention keeps) are rollback
 * candidates; anything else ended and may go. Reads are cached per resource, for one reading.
 */
public final class RuntimeGuards {

    /** The label every container and built image of a deployment carries: the deployment's id. */
    public static final String DEPLOYMENT_LABEL = DeploymentExecutor.LABEL_DEPLOYMENT;
    /** The label naming the deployment's resource. */
    public static final String RESOURCE_LABEL = DeploymentExecutor.LABEL_RESOURCE;

    /**
     * UNKNOWN: no deployment of this organization has the id; ELSEWHERE: the organization's, on
     * another server; the others are this server's.
     */
    public enum Verdict { UNKNOWN, ELSEWHERE, ACTIVE, ROLLBACK_CANDIDATE, ENDED }

    /** The verdict on one deployment, and the deployment when it is this server's. */
    public record Guard(Verdict verdict, Deployment deployment) {

        /** What kind of artifact the deployment runs: an image built for it, or one it was given. */
        public String artifactKind() {
            return deployment == null ? null : deployment.plan().runsPrebuiltImage() ? "prebuilt-image" : "built-image";
        }
    }

    private final StoreReader reader;
    private final String organizationId;
    private final String serverId;
    private final Map<String, Guard> guards = new HashMap<>();
    private final Map<String, Set<String>> protectedByResource = new HashMap<>();
    private final Map<String, String> currentByResource = new HashMap<>();

    private RuntimeGuards(StoreReader reader, String organizationId, String serverId) {
        this.reader = reader;
        this.organizationId = organizationId;
        this.serverId = serverId;
    }

    /** Guards for leftovers on {@code serverId} of {@code organizationId}, read through {@code reader}. */
    public static RuntimeGuards of(StoreReader reader, String organizationId, String serverId) {
        return new RuntimeGuards(reader, organizationId, serverId);
    }

    public Guard of(String deploymentId) {
        if (deploymentId == null || deploymentId.isBlank()) {
            return new Guard(Verdict.UNKNOWN, null);
        }
        return guards.computeIfAbsent(deploymentId, this::decide);
    }

    private Guard decide(String deploymentId) {
        Optional<Deployment> found = DeploymentRepository.find(reader, organizationId, deploymentId).map(Versioned::value);
        if (found.isEmpty()) {
            return new Guard(Verdict.UNKNOWN, null);
        }
        Deployment d = found.get();
        if (!serverId.equals(d.serverId())) {
            return new Guard(Verdict.ELSEWHERE, null);
        }
        if (!d.status().isTerminal() || d.id().equals(current(d.resourceId()))) {
            return new Guard(Verdict.ACTIVE, d);
        }
        if (rollbackCandidates(d.resourceId()).contains(d.id())) {
            return new Guard(Verdict.ROLLBACK_CANDIDATE, d);
        }
        return new Guard(Verdict.ENDED, d);
    }

    // the newest success with an instance: what runs, or was stopped and may be started again
    private String current(String resourceId) {
        return currentByResource.computeIfAbsent(resourceId, r -> {
            Deployment current = DeploymentFacts.of(reader, organizationId, r).current();
            return current == null ? "" : current.id();
        });
    }

    private Set<String> rollbackCandidates(String resourceId) {
        return protectedByResource.computeIfAbsent(resourceId, r -> {
            Set<String> ids = new HashSet<>();
            DeploymentRepository.list(reader, DeploymentRepository.scope(organizationId, null, r)
                            .statusIn(Set.of(DeploymentStatus.SUCCEEDED.wire())).newestFirst().limit(ImageRetention.KEEP))
                    .forEach(d -> ids.add(d.id()));
            return ids;
        });
    }
}

package dev.appaloft.core.resources.running;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a resource's deployments say about its running app.
 *
 * @param latest the newest deployment, whatever its status (context for users)
 * @param current the newest succeeded one: its instance is the one that runs (or was stopped). A
 *        later failed deployment left it serving; a later success retired it.
 */
public record DeploymentFacts(long count, Deployment latest, Deployment current) {

    private static final Set<DeploymentStatus> SUCCEEDED = Set.of(DeploymentStatus.SUCCEEDED);
    private static final Set<String> ACTIVE = Arrays.stream(DeploymentStatus.values()).filter(s -> !s.isTerminal())
            .map(DeploymentStatus::wire).collect(Collectors.toUnmodifiableSet());

    public static DeploymentFacts of(StoreReader reader, String organizationId, String resourceId) {
        DocumentQuery ofResource = ofResource(organizationId, resourceId);
        // counts and "latest" leave archived deployments out, as deployment lists do; the running one
        // is the running one even when its record was archived
        DocumentQuery listed = DeploymentRepository.withStatuses(ofResource, Set.of(), false);
        long count = DeploymentRepository.count(reader, listed);
        Deployment latest = count == 0 ? null : first(reader, listed.newestFirst());
        Deployment current = latest != null && latest.status() == DeploymentStatus.SUCCEEDED ? latest
                : first(reader, DeploymentRepository.withStatuses(ofResource, SUCCEEDED, true).newestFirst());
        return new DeploymentFacts(count, latest, current != null && current.instance() != null ? current : null);
    }

    /** Whether a deployment of the resource is under way (it will replace the instance when it succeeds). */
    static boolean deploymentInProgress(StoreReader reader, String organizationId, String resourceId) {
        return first(reader, ofResource(organizationId, resourceId).statusIn(ACTIVE)) != null;
    }

    private static DocumentQuery ofResource(String organizationId, String resourceId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).withResourceId(resourceId));
    }

    private static Deployment first(StoreReader reader, DocumentQuery query) {
        return DeploymentRepository.list(reader, query.limit(1)).stream().findFirst().orElse(null);
    }

    /** The running deployment's instance, as its runtime knows it (by id). */
    RuntimeInstance instance() {
        Deployment.Instance i = current.instance();
        return new RuntimeInstance(i.id(), i.name(), i.hostPort(), true, Map.of());
    }

    /** Whether the running deployment was given a route on its server's edge proxy. */
    public boolean routed() {
        return current != null && current.instance().url() != null && current.plan().routeHost() != null;
    }
}

package dev.appaloft.core.resources.running;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The facts of several resources in three grouped reads (counts, newest, newest succeeded),
     * whatever their number: what a page of a resource list needs.
     */
    public static Map<String, DeploymentFacts> ofAll(StoreReader reader, String organizationId,
                                                     Collection<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return Map.of();
        }
        DocumentQuery ofResources = DocumentQuery.where(DocumentIndex.ofOrganization(organizationId))
                .anyOf(IndexFields.RESOURCE_ID, resourceIds);
        DocumentQuery listed = DeploymentRepository.withStatuses(ofResources, Set.of(), false);
        Map<String, Long> counts = DeploymentRepository.countBy(reader, listed, IndexFields.RESOURCE_ID);
        Map<String, Deployment> latest = byResource(DeploymentRepository.newestBy(reader, listed, IndexFields.RESOURCE_ID));
        Map<String, Deployment> succeeded = byResource(DeploymentRepository.newestBy(reader,
                DeploymentRepository.withStatuses(ofResources, SUCCEEDED, true), IndexFields.RESOURCE_ID));
        Map<String, DeploymentFacts> facts = new HashMap<>();
        for (String resourceId : resourceIds) {
            Deployment newest = latest.get(resourceId);
            Deployment current = newest != null && newest.status() == DeploymentStatus.SUCCEEDED ? newest
                    : succeeded.get(resourceId);
            facts.put(resourceId, new DeploymentFacts(counts.getOrDefault(resourceId, 0L), newest,
                    current != null && current.instance() != null ? current : null));
        }
        return facts;
    }

    private static Map<String, Deployment> byResource(List<Deployment> deployments) {
        Map<String, Deployment> map = new HashMap<>();
        deployments.forEach(d -> map.put(d.resourceId(), d));
        return map;
    }

    /** Whether a deployment of the resource is under way (it will replace the instance when it succeeds). */
    static boolean deploymentInProgress(StoreReader reader, String organizationId, String resourceId) {
        return first(reader, ofResource(organizationId, resourceId).statusIn(ACTIVE)) != null;
    }

    private static DocumentQuery ofResource(String organizationId, String resourceId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(IndexFields.RESOURCE_ID, resourceId));
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

package dev.appaloft.core.resources;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.AccessSummary;
import dev.appaloft.api.resources.ResourceDetail;
import dev.appaloft.api.resources.ResourceSummary;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.running.AccessSummaries;
import dev.appaloft.core.resources.running.DeploymentFacts;
import dev.appaloft.core.resources.running.RuntimeControls;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read views of a resource: its profiles with what its deployments say (how many, the newest,
 * where it answers) and, in lists, its latest runtime control. Secrets are never part of them.
 */
final class ResourceViews {

    private final AccessSummaries access;

    ResourceViews(AccessSummaries access) {
        this.access = access;
    }

    /**
     * The summaries of a page of resources from batched reads: the deployment facts of all of them
     * (three grouped queries), their latest runtime controls (one) and their environments (one),
     * however long the page.
     */
    List<ResourceSummary> summaries(StoreReader reader, String organizationId, List<Resource> page) {
        List<String> ids = page.stream().map(Resource::id).toList();
        Map<String, DeploymentFacts> facts = DeploymentFacts.ofAll(reader, organizationId, ids);
        Map<String, RuntimeControlAttempt> controls = RuntimeControls.latestAttempts(reader, ids);
        Map<String, Environment> environments = EnvironmentRepository.findAll(reader, organizationId,
                page.stream().map(Resource::environmentId).collect(Collectors.toSet()));
        return page.stream().map(r -> {
            DeploymentFacts f = facts.get(r.id());
            Deployment latest = f.latest();
            Environment environment = environments.get(r.environmentId());
            return new ResourceSummary(r.id(), r.projectId(), r.environmentId(), r.destinationId(), r.name(), r.slug(),
                    r.kind(), r.description(), Timestamps.format(r.createdAt()), r.services(), r.networkProfile(),
                    r.accessProfile(), f.count(), latest == null ? null : latest.id(),
                    latest == null ? null : latest.status().wire(), controls.get(r.id()),
                    environment == null ? null : access.of(r, Slugs.of(environment.name()), f));
        }).toList();
    }

    ResourceDetail detail(StoreReader reader, Resource r, Instant now, boolean includeAccessSummary,
                          boolean includeLatestDeployment) {
        DeploymentFacts facts = DeploymentFacts.of(reader, r.organizationId(), r.id());
        Deployment latest = facts.latest();
        return new ResourceDetail(ResourceDetail.SCHEMA_VERSION,
                new ResourceDetail.Core(r.id(), r.projectId(), r.environmentId(), r.destinationId(), r.name(), r.slug(),
                        r.kind(), r.description(), Timestamps.format(r.createdAt()), r.services(), facts.count(),
                        latest == null ? null : latest.id(), latest == null ? null : latest.status().wire()),
                r.source() == null ? null : SourceRules.forDisplay(r.source()),
                r.autoDeploy() == null ? null : r.autoDeploy().view(r.source()),
                r.runtimeProfile(), r.networkProfile(), r.accessProfile(), r.healthPolicy(),
                includeAccessSummary ? accessSummary(reader, r, facts, new java.util.HashMap<>()) : null,
                includeLatestDeployment && latest != null ? new ResourceDetail.LatestDeployment(latest.id(),
                        latest.status(), Timestamps.format(latest.createdAt()), Timestamps.format(latest.startedAt()),
                        Timestamps.format(latest.finishedAt()), latest.serverId(), latest.destinationId()) : null,
                new ResourceDetail.Lifecycle(r.lifecycleStatus(), Timestamps.format(r.archivedAt()),
                        Timestamps.format(r.deletedAt())),
                ResourceDiagnostics.of(r), Timestamps.format(now));
    }

    private AccessSummary accessSummary(StoreReader reader, Resource r, DeploymentFacts facts,
                                        Map<String, String> environmentSlugs) {
        String slug = environmentSlugs.computeIfAbsent(r.environmentId(), id -> EnvironmentRepository
                .find(reader, r.organizationId(), id).map(e -> Slugs.of(e.value().name())).orElse(null));
        return slug == null ? null : access.of(reader, r, slug, facts);
    }
}

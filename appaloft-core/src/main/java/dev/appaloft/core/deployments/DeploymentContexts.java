package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentDetail.RelatedContext;
import dev.appaloft.api.deployments.DeploymentDetail.Ref;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.ServerRepository;

/** The records a deployment belongs to, by id and name; one that was deleted since is named by id only. */
final class DeploymentContexts {

    private DeploymentContexts() {
    }

    static RelatedContext of(StoreReader r, Deployment d) {
        String org = d.organizationId();
        Ref project = ProjectRepository.find(r, org, d.projectId())
                .map(p -> new Ref(p.value().id(), p.value().name(), p.value().slug(), null, null, null, null))
                .orElse(Ref.of(d.projectId()));
        Ref environment = EnvironmentRepository.find(r, org, d.environmentId())
                .map(e -> new Ref(e.value().id(), e.value().name(), null, Json.wire(e.value().kind()), null, null, null))
                .orElse(Ref.of(d.environmentId()));
        Ref resource = ResourceRepository.find(r, org, d.resourceId())
                .map(x -> new Ref(x.value().id(), x.value().name(), x.value().slug(), Json.wire(x.value().kind()), null, null,
                        null))
                .orElse(Ref.of(d.resourceId()));
        Ref server = ServerRepository.find(r, org, d.serverId())
                .map(s -> new Ref(s.value().id(), s.value().name(), null, null, s.value().host(),
                        (int) s.value().port(), s.value().providerKey()))
                .orElse(Ref.of(d.serverId()));
        return new RelatedContext(project, environment, resource, server, Ref.of(d.destinationId()));
    }

    /** An enum's JSON name (kebab-case), as the spec writes it. */
}

package dev.appaloft.core.domains;

import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerDeleteBlockerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A server keeps the domains bound to it ({@code domain-binding}: delete them first, their routes
 * live on its proxy) and its own default access policy ({@code default-access-policy}).
 */
public final class DomainServerBlockers implements ServerDeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Server server) {
        List<Blocker> blockers = new ArrayList<>();
        long bindings = DomainBindingRepository.BINDINGS.count(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(server.organizationId()).with(IndexFields.SERVER_ID, server.id()))
                .statusNotIn(Set.of(DomainBinding.DELETED)));
        if (bindings > 0) {
            blockers.add(new Blocker("domain-binding", null, "domain-binding", bindings));
        }
        GeneratedHosts.find(reader, server.organizationId(), dev.appaloft.api.domains.AccessPolicyScope.DEPLOYMENT_TARGET,
                server.id()).ifPresent(p -> blockers.add(new Blocker("default-access-policy", p.id(),
                "default-access-policy", 1L)));
        return blockers;
    }
}

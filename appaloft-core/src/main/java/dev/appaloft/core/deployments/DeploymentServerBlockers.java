package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerDeleteBlockerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A server keeps its deployments: one still in progress blocks delete ({@code active-deployment}),
 * and so does every ended one not archived ({@code deployment-history}): archive them first.
 */
public final class DeploymentServerBlockers implements ServerDeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Server server) {
        DocumentQuery onServer = DocumentQuery.where(DocumentIndex.ofOrganization(server.organizationId())
                .with(IndexFields.SERVER_ID, server.id()));
        Map<String, Long> byStatus = DeploymentRepository.countBy(reader,
                DeploymentRepository.withStatuses(onServer, Set.of(), false), IndexFields.STATUS);
        long active = 0;
        long ended = 0;
        for (Map.Entry<String, Long> status : byStatus.entrySet()) {
            if (DeploymentStatus.fromWire(status.getKey()).isTerminal()) {
                ended += status.getValue();
            } else {
                active += status.getValue();
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        if (active > 0) {
            blockers.add(new Blocker("active-deployment", null, "deployment", active));
        }
        if (ended > 0) {
            blockers.add(new Blocker("deployment-history", null, "deployment", ended));
        }
        return blockers;
    }
}

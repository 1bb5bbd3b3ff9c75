package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the deployments an event matched, one per resource, through {@code deployments.create}
 * (detached: the webhook is answered without waiting for the build). The server is the link's, or
 * the one the resource was last deployed to, else the organization's only active server; with
 * several servers and no previous deployment it cannot be placed and reads {@code dispatch-failed}.
 */
final class SourceEventDispatcher {

    static final String UNPLACED = "source_event_dispatch_failed";
    private static final Logger LOG = LoggerFactory.getLogger(SourceEventDispatcher.class);

    private final CoreContext ctx;
    private final SourceEventHandlers.Deployer create;

    SourceEventDispatcher(CoreContext ctx, SourceEventHandlers.Deployer create) {
        this.ctx = ctx;
        this.create = create;
    }

    /** The policy results with each matched resource's dispatch outcome; {@code created} collects the deployment ids. */
    List<SourceEvent.PolicyResult> dispatch(String sourceEventId, SourceEventMatcher.Outcome outcome,
                                            String revision, List<String> created) {
        // a push names its commit: the deployment checks out exactly that, never whatever the branch holds later
        String pin = revision != null && GitHubPushPayload.COMMIT.matcher(revision).matches() ? revision : null;
        List<SourceEvent.PolicyResult> results = new ArrayList<>(outcome.results());
        Actor actor = new Actor(Actor.Kind.SYSTEM, "source-event:" + sourceEventId, outcome.organizationId(),
                Actor.Role.DEVELOPER);
        for (SourceEventMatcher.Target target : outcome.targets()) {
            String resourceId = target.resource().id();
            String[] placement = placement(target);
            SourceEvent.PolicyResult result;
            if (placement == null) {
                result = new SourceEvent.PolicyResult(resourceId, SourceEvent.PolicyResult.DISPATCH_FAILED,
                        "dispatch-failed", null, UNPLACED);
            } else {
                try {
                    IdOutput deployment = create.deploy(new CreateDeploymentInput(target.resource().projectId(),
                            placement[0], placement[1], target.resource().environmentId(), resourceId,
                            ExecutionMode.DETACHED), pin, actor);
                    created.add(deployment.id());
                    result = new SourceEvent.PolicyResult(resourceId, SourceEvent.PolicyResult.DISPATCHED, null,
                            deployment.id(), null);
                } catch (AppaloftException e) {
                    LOG.info("source event {} could not deploy resource {}: {}", sourceEventId, resourceId,
                            e.code().code());
                    result = new SourceEvent.PolicyResult(resourceId, SourceEvent.PolicyResult.DISPATCH_FAILED,
                            "dispatch-failed", null, e.code().code());
                }
            }
            replace(results, result);
        }
        return results;
    }

    /** {server, destination} for the target, or null when it cannot be placed. */
    String[] placement(SourceEventMatcher.Target target) {
        if (target.serverId() != null) {
            return new String[] {target.serverId(), target.destinationId()};
        }
        List<String> last = ctx.read(r -> r.query(StoreCollections.DEPLOYMENTS, DocumentQuery.where(
                DocumentIndex.ofOrganization(target.resource().organizationId())
                        .with(IndexFields.RESOURCE_ID, target.resource().id())).newestFirst().limit(1))
                .stream().map(d -> d.body()).toList());
        if (last.isEmpty()) {
            // never deployed: the organization's one active server, when it has exactly one
            List<String> servers = ctx.read(r -> r.query(StoreCollections.SERVERS, DocumentQuery.where(
                    DocumentIndex.ofOrganization(target.resource().organizationId())
                            .with(IndexFields.STATUS, "active")).limit(2)).stream().map(d -> d.id()).toList());
            return servers.size() == 1 ? new String[] {servers.get(0), null} : null;
        }
        try {
            JsonNode deployment = Json.mapper().readTree(last.get(0));
            String server = deployment.path("serverId").asText(null);
            String destination = deployment.path("destinationId").asText(null);
            return server == null ? null : new String[] {server, destination};
        } catch (IOException e) {
            return null;
        }
    }

    private static void replace(List<SourceEvent.PolicyResult> results, SourceEvent.PolicyResult result) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).resourceId().equals(result.resourceId())) {
                results.set(i, result);
                return;
            }
        }
        results.add(result);
    }
}

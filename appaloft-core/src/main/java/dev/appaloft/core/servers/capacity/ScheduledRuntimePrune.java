package dev.appaloft.core.servers.capacity;

import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_PRUNE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.capacity.PruneServerCapacityInput;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import dev.appaloft.core.work.WorkFailure;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled runtime prunes on the durable work queue. A tick (every few minutes, in any number of
 * control-plane processes) hands each server that has an effective enabled policy one work item
 * per hour; its idempotency key holds the server, the policy, the policy's last change and the
 * hour, so every process enqueues the same item. A worker then runs {@code servers.capacity.prune}
 * through the facade, as a system actor of the organization, with the cutoff {@code retentionDays}
 * before the hour, as a dry run unless the policy is destructive: the same guards and audit event
 * as a manual prune. A policy that changed or was disabled meanwhile is not run; a failed run is
 * retried only when the policy says {@code retryOnFailure}.
 */
public final class ScheduledRuntimePrune {

    public static final String KIND = "scheduled-runtime-prune";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuntimePrune.class);
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final int SERVER_PAGE = 10_000;

    private final Appaloft appaloft;
    private final Store store;
    private final Clock clock;
    private final DeploymentRuntimes runtimes;

    private ScheduledRuntimePrune(Appaloft appaloft, Store store, Clock clock, DeploymentRuntimes runtimes) {
        this.appaloft = appaloft;
        this.store = store;
        this.clock = clock;
        this.runtimes = runtimes;
    }

    /** Registers the kind (and what {@code operatorWork.show} tells of its items) with an engine's kinds. */
    public static ScheduledRuntimePrune register(WorkKinds kinds, Appaloft appaloft, Store store, Clock clock,
                                                 DeploymentRuntimes runtimes) {
        ScheduledRuntimePrune scheduled = new ScheduledRuntimePrune(appaloft, store, clock, runtimes);
        kinds.register(new WorkKind(KIND, OperatorWorkKind.RUNTIME_MAINTENANCE, SERVERS_CAPACITY_PRUNE.key(), RETRY,
                scheduled::handle));
        kinds.describe(KIND, (reader, item) -> details(item));
        return scheduled;
    }

    /** The payload of one scheduled run. */
    record Run(String serverId, String policyId, String policyUpdatedAt, String scheduledAt) {
    }

    /**
     * A task to run every few minutes: enqueues this hour's item of every server with an
     * effective policy (a second enqueue of the same hour is the same item). {@code enqueue} must
     * keep the request's attempt limit: it says whether the policy retries.
     */
    public Runnable tick(Function<WorkRequest, WorkItem> enqueue) {
        return () -> {
            try {
                enqueueDue(enqueue);
            } catch (RuntimeException e) {
                LOG.warn("scheduled runtime prunes could not be enqueued: {}", e.toString());
            }
        };
    }

    /** Enqueues this hour's runs; returns how many servers have one. */
    public int enqueueDue(Function<WorkRequest, WorkItem> enqueue) {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Map<String, List<CapacityPolicyRecord>> byOrganization = store.read(CapacityPolicyHandlers::enabled).stream()
                .collect(Collectors.groupingBy(CapacityPolicyRecord::organizationId));
        int due = 0;
        for (String organization : byOrganization.keySet()) {
            List<Server> servers = store.read(r -> ServerRepository.list(r, organization, SERVER_PAGE));
            for (Server server : servers) {
                if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE
                        || runtimes.capacity(server.providerKey(), server.id()).isEmpty()) {
                    continue; // an inactive server or one without a capacity runtime here would only fail each hour
                }
                Optional<CapacityPolicyRecord> policy = store.read(r -> CapacityPolicyHandlers.effective(r, organization,
                        server.id()));
                if (policy.isPresent()) {
                    enqueue.apply(request(server, policy.get(), hour));
                    due++;
                }
            }
        }
        return due;
    }

    static WorkRequest request(Server server, CapacityPolicyRecord policy, Instant hour) {
        Run run = new Run(server.id(), policy.id(), Timestamps.format(policy.updatedAt()), Timestamps.format(hour));
        return WorkRequest.of(KIND, Json.write(run))
                .withIdempotencyKey(KIND + ":" + server.id() + ":" + policy.id() + ":" + policy.updatedAt().toEpochMilli()
                        + ":" + hour.toEpochMilli())
                .withOrganizationId(server.organizationId())
                .withReference("serverId", server.id())
                .withMaxAttempts(policy.retryOnFailure() ? RETRY.maxAttempts() : 1);
    }

    void handle(WorkItem item) throws WorkFailure {
        Run run = Json.read(item.payload(), Run.class);
        String organization = item.organizationId();
        Optional<CapacityPolicyRecord> policy = store.read(r -> CapacityPolicyHandlers.effective(r, organization,
                run.serverId()));
        if (policy.isEmpty() || !policy.get().id().equals(run.policyId())
                || !Timestamps.format(policy.get().updatedAt()).equals(run.policyUpdatedAt())) {
            LOG.info("scheduled prune of server {}: policy {} changed or no longer applies; not run", run.serverId(),
                    run.policyId());
            return;
        }
        CapacityPolicyRecord p = policy.get();
        Instant scheduledAt = Instant.parse(run.scheduledAt());
        Instant before = scheduledAt.minus(Duration.ofDays(Math.min(p.retentionDays(), 1_000_000)));
        Actor actor = new Actor(Actor.Kind.SYSTEM, KIND, organization, Actor.Role.OWNER);
        try {
            ServerCapacityPruned out = appaloft.execute(SERVERS_CAPACITY_PRUNE, new PruneServerCapacityInput(
                    run.serverId(), before.toString(), p.categories(), !p.destructive()), actor);
            LOG.info("scheduled prune of server {} (policy {}, {}): {} matched, {} pruned, {} skipped, {} bytes",
                    run.serverId(), p.id(), p.destructive() ? "destructive" : "dry run", out.summary().matchedCount(),
                    out.summary().prunedCount(), out.summary().skippedCount(), out.summary().reclaimedBytes());
        } catch (AppaloftException e) {
            throw new WorkFailure("prune", e.code().code(), e.getMessage(), p.retryOnFailure() && e.code().retryable());
        }
    }

    private static Map<String, Object> details(WorkItem item) {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            JsonNode run = Json.read(item.payload(), JsonNode.class);
            details.put("trigger", "scheduled-runtime-prune");
            details.put("serverId", run.path("serverId").asText());
            details.put("policyId", run.path("policyId").asText());
            details.put("scheduledAt", run.path("scheduledAt").asText());
        } catch (RuntimeException e) {
            // an unreadable payload tells nothing more
        }
        return details;
    }
}

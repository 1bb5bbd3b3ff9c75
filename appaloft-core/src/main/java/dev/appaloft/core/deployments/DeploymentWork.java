package dev.appaloft.core.deployments;

import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.work.WorkFailure;
import dev.appaloft.core.work.WorkKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A detached deployment is one work item on the shared queue, stored in the transaction that
 * admits the deployment: whichever process's worker claims it runs it. When an earlier attempt's
 * worker died (the item's lease expired), the next attempt does not start the deployment again but
 * ends it as recovery would: finished if traffic had moved, else failed and retryable.
 */
final class DeploymentWork {

    static final String KIND = "deployment";
    /** A busy lease or an unreachable store is retried; three attempts end an item nobody could run. */
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30));

    private final CoreContext ctx;
    private final DeploymentExecutor executor;
    private final DeploymentRecovery recovery;

    DeploymentWork(CoreContext ctx, DeploymentExecutor executor, DeploymentRecovery recovery) {
        this.ctx = ctx;
        this.executor = executor;
        this.recovery = recovery;
    }

    /** The item that runs {@code d}; one per deployment (the idempotency key is its id). */
    static WorkRequest request(Deployment d) {
        return WorkRequest.of(KIND, "{\"deploymentId\":\"" + d.id() + "\"}")
                .withIdempotencyKey("deployment:" + d.id())
                .withOrganizationId(d.organizationId())
                .withReference("deploymentId", d.id())
                .withReference("resourceId", d.resourceId())
                .withReference("serverId", d.serverId())
                .withMaxAttempts(RETRY.maxAttempts());
    }

    WorkKind kind() {
        return new WorkKind(KIND, OperatorWorkKind.DEPLOYMENT, "deployments.create", RETRY, this::run);
    }

    private void run(WorkItem item) throws WorkFailure {
        String id = item.references().get("deploymentId");
        Optional<Deployment> found = ctx.read(r -> DeploymentRepository.find(r, null, id)).map(v -> v.value());
        if (found.isEmpty() || found.get().status().isTerminal()) {
            return; // pruned, canceled before it started, or ended by recovery
        }
        boolean ran = found.get().status() == dev.appaloft.api.deployments.DeploymentStatus.CREATED
                ? executor.run(id)
                : recovery.recover(id); // started by an attempt whose worker died
        if (!ran) {
            throw new WorkFailure("claim", "deployment_busy", "another executor holds deployment " + id, true);
        }
    }

    /**
     * Ids of deployments whose item is pending or running under a live lease: recovery leaves those
     * to the queue. An expired lease means its worker died, so recovery may end the deployment now
     * (the executor lease still fences off a worker that was only slow).
     */
    static Set<String> queued(CoreContext ctx) {
        java.time.Instant now = ctx.now();
        Set<String> ids = new HashSet<>();
        WorkFilter filter = WorkFilter.all().kinds(Set.of(KIND))
                .statuses(Set.of(WorkStatus.PENDING, WorkStatus.RUNNING)).limit(WorkFilter.MAX_LIMIT);
        while (true) {
            List<WorkItem> page = ctx.store().work().list(filter);
            page.stream().filter(item -> item.status() == WorkStatus.PENDING
                            || item.leaseExpiresAt() == null || item.leaseExpiresAt().isAfter(now))
                    .forEach(item -> ids.add(item.references().get("deploymentId")));
            if (page.size() < WorkFilter.MAX_LIMIT) {
                return ids;
            }
            filter = filter.after(page.get(page.size() - 1));
        }
    }
}

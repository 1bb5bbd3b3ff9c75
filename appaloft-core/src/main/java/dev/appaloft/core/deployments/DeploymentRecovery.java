package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a restart: a deployment that has not ended and that no executor holds was interrupted.
 * It ends {@code failed} (retryable, with the reason), its candidate instance is removed, and its
 * resource may be deployed again. Deployments another process is running keep their lease and are
 * left alone.
 */
final class DeploymentRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentRecovery.class);

    private final CoreContext ctx;
    private final Clock clock;
    private final DeploymentRuntimes runtimes;
    private final DeploymentExecutor executor;

    DeploymentRecovery(CoreContext ctx, Clock clock, DeploymentRuntimes runtimes, DeploymentExecutor executor) {
        this.ctx = ctx;
        this.clock = clock;
        this.runtimes = runtimes;
        this.executor = executor;
    }

    /**
     * After a restart the host application's edge proxy starts empty, while the apps it routed to
     * still run: each resource's route is set again to the instance of its latest successful
     * deployment, if that instance still runs. Returns how many routes it restored. Remote
     * servers' proxies outlive the control plane (and are not reached at start): a bootstrap of
     * one routes its apps again ({@link #restoreRoutes(String, EdgeProxy)}).
     */
    int restoreRoutes() {
        if (runtimes.isEmpty()) {
            return 0;
        }
        int restored = 0;
        for (Deployment d : latestRoutedSuccesses()) {
            try {
                Optional<EdgeProxy> proxy = runtimes.localProxy(d.plan().providerKey());
                restored += proxy.isPresent() && restoreRoute(d, proxy.get()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("could not restore the route of resource {}: {}", d.resourceId(), e.toString());
            }
        }
        if (restored > 0) {
            LOG.info("restored {} route(s) on the edge proxy to instances that kept running", restored);
        }
        return restored;
    }

    /** Routes again, on {@code proxy}, the apps whose latest successful deployment is on {@code serverId}. */
    int restoreRoutes(String serverId, EdgeProxy proxy) {
        int restored = 0;
        for (Deployment d : latestRoutedSuccesses()) {
            if (serverId.equals(d.serverId())) {
                restored += restoreRoute(d, proxy) ? 1 : 0;
            }
        }
        return restored;
    }

    /** The newest success of each resource that has a route, chosen by the store (not every success ever). */
    private List<Deployment> latestRoutedSuccesses() {
        return ctx.read(r -> DeploymentRepository.newestBy(r, DocumentQuery.all()
                .statusIn(Set.of(DeploymentStatus.SUCCEEDED.wire(),
                        DeploymentRepository.ARCHIVED_PREFIX + DeploymentStatus.SUCCEEDED.wire())),
                IndexFields.RESOURCE_ID)).stream().filter(d -> d.plan().routeHost() != null).toList();
    }

    private boolean restoreRoute(Deployment d, EdgeProxy proxy) {
        Deployment.Plan plan = d.plan();
        Optional<RuntimeInstance> serving = runtimes.require(plan.providerKey(), d.serverId())
                .find(Map.of(DeploymentExecutor.LABEL_DEPLOYMENT, d.id())).stream()
                .filter(i -> i.running() && i.hostPort() != null).findFirst();
        serving.ifPresent(i -> proxy.route(new ProxyRoute(DeploymentRuntimes.routeId(d.resourceId()), plan.routeHost(),
                plan.pathPrefix(), "127.0.0.1", i.hostPort())));
        serving.ifPresent(i -> runtimes.instanceMoved(d.organizationId(), d.resourceId(), d.serverId(), proxy));
        return serving.isPresent();
    }

    /**
     * Ends every interrupted deployment; returns how many it ended. One whose work item is still
     * pending or running is not interrupted: the queue runs it, or ends it once that item's lease expires.
     */
    int recover() {
        List<Deployment> unfinished = ctx.read(DeploymentRepository::unfinished);
        if (unfinished.isEmpty()) {
            return 0;
        }
        Set<String> queued = DeploymentWork.queued(ctx);
        int ended = 0;
        for (Deployment d : unfinished) {
            ended += !queued.contains(d.id()) && recover(d) ? 1 : 0;
        }
        return ended;
    }

    /** Ends this deployment if no executor holds it (it was interrupted); false when one does. */
    boolean recover(String deploymentId) {
        Deployment d = ctx.read(r -> DeploymentRepository.require(r, null, deploymentId)).value();
        return !d.status().isTerminal() && recover(d);
    }

    private boolean recover(Deployment d) {
        String owner = "recovery-" + UUID.randomUUID();
        if (ctx.store().leases().acquire(DeploymentExecutor.leaseKey(d.id()), owner, executor.lease()).isEmpty()) {
            return false; // another executor is running it
        }
        try {
            DeploymentLog log = new DeploymentLog(ctx.store(), clock, d.id(), List.of());
            Optional<RuntimeInstance> promoted = promotedInstance(d);
            if (promoted.isPresent()) { // even when a cancel was pending: traffic had moved
                executor.completeAfterCrash(d.id(), runtimes.require(d.plan().providerKey(), d.serverId()), promoted.get(), log);
            } else {
                removeCandidates(d, log);
                executor.interrupted(d.id(), log);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not end interrupted deployment {}: {}", d.id(), e.toString());
            return false;
        } finally {
            ctx.store().leases().release(DeploymentExecutor.leaseKey(d.id()), owner);
        }
    }

    /**
     * The instance a crashed executor had started moving traffic to (it passed verification), when
     * it still exists: the switch is then finished rather than undone, so the app keeps answering.
     */
    private Optional<RuntimeInstance> promotedInstance(Deployment d) {
        if (d.instance() == null || !d.instance().promoted() || runtimes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return runtimes.require(d.plan().providerKey(), d.serverId()).find(Map.of(DeploymentExecutor.LABEL_DEPLOYMENT, d.id()))
                    .stream().filter(i -> i.id().equals(d.instance().id())).findFirst();
        } catch (RuntimeException notConfigured) {
            return Optional.empty();
        }
    }

    private void removeCandidates(Deployment d, DeploymentLog log) {
        if (runtimes.isEmpty()) {
            return;
        }
        DeploymentRuntime runtime;
        try {
            runtime = runtimes.require(d.plan().providerKey(), d.serverId());
        } catch (RuntimeException notConfigured) {
            return;
        }
        for (RuntimeInstance instance : runtime.find(Map.of(DeploymentExecutor.LABEL_DEPLOYMENT, d.id()))) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "removing " + instance.name()
                    + ", started by the interrupted attempt");
            runtime.retire(instance, log);
        }
    }
}

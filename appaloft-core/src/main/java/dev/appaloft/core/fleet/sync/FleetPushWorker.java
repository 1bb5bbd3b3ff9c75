package dev.appaloft.core.fleet.sync;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.FleetApi;
import dev.appaloft.api.fleet.AcquireInput;
import dev.appaloft.api.fleet.AcquiredDeployment;
import dev.appaloft.api.fleet.DeploymentRecord;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.ReconcileInput;
import dev.appaloft.api.fleet.ReconcileOutput;
import dev.appaloft.api.fleet.ReleaseInfo;
import dev.appaloft.api.fleet.SyncTarget;
import dev.appaloft.api.fleet.provider.StepLoop;
import dev.appaloft.api.fleet.provider.StepRequest;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.fleet.deployments.FleetDeployment;
import dev.appaloft.core.fleet.deployments.FleetDeploymentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own worker for push-model deployments (pull ones belong to their agents): every
 * interval it takes the deployments that have work through the same sync protocol as any outside
 * worker (acquire, reconcile, release, as a system actor of each deployment's organization) and
 * steps them with the configured platform providers. Platforms without one fail with
 * {@code PLATFORM_NOT_SUPPORTED}. Several servers on one database share the work through the leases.
 */
public final class FleetPushWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetPushWorker.class);
    private static final int BATCH = 100;
    private static final int MAX_STEPS = 100;

    private final Appaloft appaloft;
    private final CoreContext ctx;
    private final FleetOptions options;
    private final String session = "server-push-" + UUID.randomUUID();
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService heartbeats;
    private volatile boolean closed;

    private FleetPushWorker(Appaloft appaloft, CoreContext ctx, FleetOptions options) {
        this.appaloft = appaloft;
        this.ctx = ctx;
        this.options = options;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "appaloft-fleet-push");
            t.setDaemon(true);
            return t;
        });
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "appaloft-fleet-push-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the worker when the options ask for one; null otherwise. */
    public static FleetPushWorker start(Appaloft appaloft, CoreContext ctx, FleetOptions options) {
        if (options.pushInterval() == null) {
            return null;
        }
        FleetPushWorker worker = new FleetPushWorker(appaloft, ctx, options);
        long every = Math.max(10, options.pushInterval().toMillis());
        worker.scheduler.scheduleWithFixedDelay(worker::sweep, every, every, TimeUnit.MILLISECONDS);
        return worker;
    }

    void sweep() {
        try {
            Set<String> wire = FleetDeploymentStatus.acquirable().stream().map(FleetDeploymentStatus::wire)
                    .collect(Collectors.toSet());
            List<FleetDeployment> due = ctx.read(r -> FleetDeploymentRepository.query(r,
                            DocumentQuery.all().statusIn(wire).limit(BATCH))).stream().map(Versioned::value)
                    .filter(d -> d.hasWork() && isPush(d)).toList();
            for (FleetDeployment d : due) {
                if (closed) {
                    return;
                }
                work(d);
            }
        } catch (RuntimeException e) {
            LOG.warn("fleet push sweep failed: {}", e.toString());
        }
    }

    private void work(FleetDeployment d) {
        FleetApi fleet = appaloft.as(new Actor(Actor.Kind.SYSTEM, "fleet-push-worker", d.organizationId(),
                Actor.Role.OWNER)).fleet();
        List<AcquiredDeployment> acquired = fleet.acquire(AcquireInput.ids(session, List.of(d.id()))).deployments();
        if (acquired.isEmpty()) {
            return;
        }
        try {
            DeploymentRecord record = acquired.get(0).deployment();
            SyncTarget target = fleet.sync(d.id()).target();
            ReleaseInfo current = record.currentReleaseId() == null ? null : ReleaseInfo.of(record.currentReleaseId(),
                    fleet.release(record.currentReleaseId()).stack().get(record.platform().wire()));
            DeploymentState state = new DeploymentState(record.statusValue(), record.platform(), current, null,
                    record.stackState(), record.environmentInfo(), record.runtimeMetadata(), null);
            Object lock = new Object();
            AtomicReference<DeploymentState> last = new AtomicReference<>(state);
            // a long step (a rollout waiting for health) must not outlive the lease: re-report meanwhile
            long every = Math.max(100, options.leaseTtl().toMillis() / 3);
            ScheduledFuture<?> heartbeat = heartbeats.scheduleWithFixedDelay(() -> {
                synchronized (lock) {
                    try {
                        fleet.reconcile(new ReconcileInput(d.id(), session, last.get(), true, null));
                    } catch (RuntimeException e) {
                        LOG.debug("heartbeat of {} failed: {}", d.id(), e.toString());
                    }
                }
            }, every, every, TimeUnit.MILLISECONDS);
            try {
                StepLoop.run(options.providers().forPlatform(record.platform()), new StepRequest(d.id(), d.name(), state,
                                target == null ? null : target.releaseInfo(), record.stackSettings(),
                                record.userEnvironmentVariables(), record.retryRequested()),
                        (next, error) -> {
                            synchronized (lock) {
                                ReconcileOutput stored = fleet.reconcile(new ReconcileInput(d.id(), session, next, false, error));
                                last.set(next.withStatus(stored.current().status()));
                                return stored;
                            }
                        }, MAX_STEPS, () -> !closed, FleetPushWorker::pause);
            } finally {
                heartbeat.cancel(false);
            }
        } catch (RuntimeException e) {
            LOG.warn("fleet push worker: deployment {} failed a step round: {}", d.id(), e.toString());
        } finally {
            try {
                fleet.releaseLease(d.id(), session);
            } catch (RuntimeException e) {
                LOG.debug("could not release {}: {}", d.id(), e.toString());
            }
        }
    }

    private static boolean isPush(FleetDeployment d) {
        return d.stackSettings() == null || !"pull".equals(d.stackSettings().path("deploymentModel").asText());
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(Math.min(duration.toMillis(), 5_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
    }
}

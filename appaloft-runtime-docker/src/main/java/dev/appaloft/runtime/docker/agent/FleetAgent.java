package dev.appaloft.runtime.docker.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.DeploymentRecord;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.ReconcileOutput;
import dev.appaloft.api.fleet.ReleaseInfo;
import dev.appaloft.api.fleet.SyncTarget;
import dev.appaloft.api.fleet.provider.PlatformProvider;
import dev.appaloft.api.fleet.provider.PlatformProviders;
import dev.appaloft.api.fleet.provider.StepLoop;
import dev.appaloft.api.fleet.provider.StepRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pull-mode agent: it enrols once with a deployment-group token ({@code initialize}), then
 * polls {@code /v1/sync}; when its deployment has work it takes the deployment's lease
 * ({@code acquire}), runs the platform provider's steps until the phase settles, reporting each
 * state ({@code reconcile}) and a heartbeat while a step runs long, and gives the lease back
 * ({@code release}). Errors are retried with exponential backoff; {@link #close()} stops it
 * cleanly (the running step finishes, the lease is released, containers keep serving).
 */
public final class FleetAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetAgent.class);
    private static final int MAX_STEPS_PER_ROUND = 100;

    private final AgentOptions options;
    private final PlatformProviders providers;
    private final ScheduledExecutorService heartbeats;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread loop;
    private AgentIdentity identity;
    private FleetClient client;

    public FleetAgent(AgentOptions options, PlatformProviders providers) {
        this.options = options;
        this.providers = providers;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-agent-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Enrols (or loads the identity kept from an earlier run) and starts the loop in its own thread. */
    public FleetAgent start() {
        running = true;
        Thread thread = new Thread(this::run, "fleet-agent");
        thread.setDaemon(false);
        loop = thread;
        thread.start();
        return this;
    }

    /** The deployment this agent runs, once enrolled. */
    public Optional<String> deploymentId() {
        AgentIdentity id = identity;
        return id == null ? Optional.empty() : Optional.of(id.deploymentId());
    }

    private void run() {
        Backoff backoff = new Backoff(options.maxBackoff());
        try {
            while (running) {
                try {
                    if (identity == null) {
                        enrol();
                    }
                    boolean worked = round();
                    backoff.reset();
                    if (!worked) {
                        pause(options.pollInterval());
                    }
                } catch (FleetClientException e) {
                    if (e.status() == 401 && identity != null && options.enrolmentToken() != null) {
                        // the token was replaced (another enrolment under this name) or the server forgot it
                        LOG.warn("the server no longer accepts this agent's token; enrolling again");
                        AgentIdentity.forget(options.stateDirectory());
                        identity = null;
                    }
                    Duration wait = backoff.next();
                    LOG.warn("fleet server: {} {}; retrying in {} ms", e.code(), e.getMessage(), wait.toMillis());
                    pause(wait);
                } catch (RuntimeException e) {
                    Duration wait = backoff.next();
                    LOG.error("agent round failed; retrying in {} ms", wait.toMillis(), e);
                    pause(wait);
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    private void enrol() {
        Optional<AgentIdentity> kept = AgentIdentity.load(options.stateDirectory());
        if (kept.isPresent()) {
            identity = kept.get();
            client = new FleetClient(options.serverUrl(), identity.token());
            LOG.info("agent resumes deployment {}", identity.deploymentId());
            return;
        }
        if (options.enrolmentToken() == null) {
            throw new IllegalStateException("no agent identity in " + options.stateDirectory() + " and no enrolment token");
        }
        FleetClient enrolling = new FleetClient(options.serverUrl(), options.enrolmentToken());
        FleetClient.Enrolment e = enrolling.initialize(options.name(), options.platform());
        AgentIdentity fresh = new AgentIdentity(e.deploymentId(), e.token(), "agent-" + UUID.randomUUID());
        fresh.save(options.stateDirectory());
        identity = fresh;
        client = new FleetClient(options.serverUrl(), fresh.token());
        LOG.info("agent enrolled as deployment {} ({})", fresh.deploymentId(), e.created() ? "new" : "existing");
    }

    /** One poll; true when there was work (the next poll follows at once). */
    private boolean round() {
        String id = identity.deploymentId();
        Optional<SyncTarget> target = client.sync(id);
        if (target.isEmpty()) {
            return false;
        }
        Optional<DeploymentRecord> acquired = client.acquire(id, identity.session());
        if (acquired.isEmpty()) {
            return false; // settled meanwhile, or another session holds it until its lease expires
        }
        Reporter reporter = new Reporter(client, id, identity.session());
        ScheduledFuture<?> heartbeat = heartbeats.scheduleWithFixedDelay(() -> {
            try {
                reporter.heartbeat();
            } catch (RuntimeException e) {
                LOG.warn("heartbeat failed: {}", e.getMessage());
            }
        }, options.heartbeatInterval().toMillis(), options.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        try {
            converge(acquired.get(), target.get(), reporter);
        } finally {
            heartbeat.cancel(false);
            try {
                client.release(id, identity.session());
            } catch (FleetClientException e) {
                LOG.warn("could not release deployment {}: {}", id, e.getMessage());
            }
        }
        return true;
    }

    private void converge(DeploymentRecord record, SyncTarget target, Reporter reporter) {
        ReleaseInfo current = record.currentReleaseId() == null ? null
                : ReleaseInfo.of(record.currentReleaseId(), client.getRelease(record.currentReleaseId()).stack()
                .get(record.platform().wire()));
        DeploymentState state = new DeploymentState(record.statusValue(), record.platform(), current, null,
                record.stackState(), record.environmentInfo(), record.runtimeMetadata(), null);
        reporter.start(state);
        PlatformProvider provider = providers.forPlatform(record.platform());
        StepLoop.run(provider, new StepRequest(record.id(), record.name(), state, target.releaseInfo(),
                record.stackSettings(), record.userEnvironmentVariables(), record.retryRequested()), (next, error) -> {
                    ReconcileOutput stored = reporter.report(next, error);
                    LOG.info("deployment {}: reported {}{}", record.id(), stored.current().status().wire(),
                            error == null ? "" : " (" + text(error) + ")");
                    return stored;
                }, MAX_STEPS_PER_ROUND, () -> running, this::pause);
    }

    private static String text(JsonNode error) {
        return error.path("code").asText() + ": " + error.path("message").asText();
    }

    private void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative() || !running) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Blocks until the agent has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops after the running step, releasing the lease; waits up to a minute. */
    @Override
    public void close() {
        running = false;
        Thread thread = loop;
        if (thread != null) {
            try {
                if (!stopped.await(60, TimeUnit.SECONDS)) {
                    thread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        heartbeats.shutdownNow();
    }
}

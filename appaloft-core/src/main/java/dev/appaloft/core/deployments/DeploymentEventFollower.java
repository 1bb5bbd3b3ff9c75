package dev.appaloft.core.deployments;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentEventEnvelope;
import dev.appaloft.api.deployments.DeploymentEventsInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Replays and follows one deployment's events ({@code deployments.events} and
 * {@code deployments.eventsStream}). Events come from the store, so a follower on any control-plane
 * process sees a deployment another process runs; this process's own writes wake it at once, other
 * processes' within half a second. A quiet stream sends a heartbeat every 15 s; it closes when the
 * deployment has ended (unless asked to keep going), when history alone was asked for, or after
 * 30 minutes.
 */
final class DeploymentEventFollower implements EventStream {

    static final int DEFAULT_HISTORY = 100;
    static final int MAX_HISTORY = 200;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration MAX_FOLLOW = Duration.ofMinutes(30);
    private static final Duration RECHECK = Duration.ofMillis(500);

    private final CoreContext ctx;
    private final String organizationId;
    private final String deploymentId;
    private final boolean follow;
    private final boolean untilTerminal;
    private final Deque<DeploymentEventEnvelope> ready = new ArrayDeque<>();
    private final long startedAt = System.nanoTime();
    private long after;
    private long lastSent = System.nanoTime();
    private volatile boolean ended;

    private DeploymentEventFollower(CoreContext ctx, String organizationId, String deploymentId, long after,
                                    boolean follow, boolean untilTerminal) {
        this.ctx = ctx;
        this.organizationId = organizationId;
        this.deploymentId = deploymentId;
        this.after = after;
        this.follow = follow;
        this.untilTerminal = untilTerminal;
    }

    /** The bounded replay an input asks for: a gap envelope first when history was cut. */
    static List<DeploymentEventEnvelope> replay(CoreContext ctx, String organizationId, DeploymentEventsInput in) {
        return start(ctx, organizationId, in, false).drainReplay();
    }

    static DeploymentEventFollower start(CoreContext ctx, String organizationId, DeploymentEventsInput in,
                                         boolean stream) {
        Validation v = new Validation();
        int limit = in.historyLimit() == null ? DEFAULT_HISTORY : in.historyLimit();
        v.check(limit >= 0 && limit <= MAX_HISTORY, "historyLimit", "must be between 0 and " + MAX_HISTORY);
        v.throwIfInvalid();
        Deployment d = ctx.read(r -> DeploymentRepository.require(r, organizationId, in.deploymentId())).value();
        long head = ctx.read(r -> DeploymentJournal.head(r, d.id()));
        long after;
        if (in.cursor() != null) {
            after = DeploymentJournal.sequenceOf(d.id(), in.cursor());
            if (after > head) {
                throw AppaloftException.validation("cursor", "deployment " + d.id() + " has no event " + after + " yet");
            }
        } else {
            after = Boolean.FALSE.equals(in.includeHistory()) ? head : 0;
        }
        DeploymentEventFollower follower = new DeploymentEventFollower(ctx, organizationId, d.id(), after,
                stream && !Boolean.FALSE.equals(in.follow()), !Boolean.FALSE.equals(in.untilTerminal()));
        if (head - after > limit) {
            long skippedTo = head - limit;
            follower.ready.add(DeploymentEventEnvelope.gap(new DeploymentEventEnvelope.Gap("history-truncated",
                    "event-replay", false, DeploymentJournal.cursor(d.id(), skippedTo), skippedTo,
                    "open-deployment-detail")));
            follower.after = skippedTo;
        }
        follower.readNew(limit);
        return follower;
    }

    private List<DeploymentEventEnvelope> drainReplay() {
        List<DeploymentEventEnvelope> all = new ArrayList<>(ready);
        ready.clear();
        ended = true;
        return all;
    }

    @Override
    public Optional<StreamEvent> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            if (!ready.isEmpty()) {
                return Optional.of(send(ready.poll()));
            }
            if (!follow) {
                return Optional.of(close("source-ended"));
            }
            long seen = ctx.signals().generation();
            // the status first: its final event was stored with it, so the read below catches it
            DeploymentStatus status = ctx.read(r -> DeploymentRepository.require(r, organizationId, deploymentId))
                    .value().status();
            if (readNew(100) > 0) {
                continue;
            }
            if (untilTerminal && status.isTerminal()) {
                return Optional.of(close(status == DeploymentStatus.CANCELED ? "cancelled" : "completed"));
            }
            if (System.nanoTime() - startedAt > MAX_FOLLOW.toNanos()) {
                return Optional.of(close("idle-timeout"));
            }
            if (System.nanoTime() - lastSent >= HEARTBEAT.toNanos()) {
                return Optional.of(send(DeploymentEventEnvelope.heartbeat(Timestamps.format(ctx.now()),
                        DeploymentJournal.cursor(deploymentId, after))));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            ctx.signals().awaitChange(seen, Duration.ofNanos(Math.min(left, RECHECK.toNanos())));
        }
        return Optional.empty();
    }

    private int readNew(int limit) {
        List<DeploymentEventEnvelope.Event> events = ctx.read(r -> DeploymentJournal.read(r, deploymentId, after, limit));
        for (DeploymentEventEnvelope.Event e : events) {
            ready.add(DeploymentEventEnvelope.of(e));
            after = e.sequence();
        }
        return events.size();
    }

    private StreamEvent send(DeploymentEventEnvelope envelope) {
        lastSent = System.nanoTime();
        return StreamEvent.of(envelope.event() == null ? null : envelope.event().cursor(), envelope);
    }

    private StreamEvent close(String reason) {
        ended = true;
        return send(DeploymentEventEnvelope.closed(reason, DeploymentJournal.cursor(deploymentId, after)));
    }

    @Override
    public boolean ended() {
        return ended && ready.isEmpty();
    }

    @Override
    public void close() {
        ended = true;
        ready.clear();
    }
}

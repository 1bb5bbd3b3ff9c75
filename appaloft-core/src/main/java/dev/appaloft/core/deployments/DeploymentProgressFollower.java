package dev.appaloft.core.deployments;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentLogLine;
import dev.appaloft.api.deployments.DeploymentProgress;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import dev.appaloft.core.internal.CoreContext;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * {@code deployments.createStream}: the progress of a deployment just admitted, as it happens (its
 * log lines and status changes), then an event named {@code done} carrying its id. The stream
 * ends with the deployment; closing it early does not stop the deployment.
 */
final class DeploymentProgressFollower implements EventStream {

    private static final Duration RECHECK = Duration.ofMillis(500);

    private final CoreContext ctx;
    private final String organizationId;
    private final String deploymentId;
    private final Deque<StreamEvent> ready = new ArrayDeque<>();
    private long afterLine;
    private DeploymentStatus lastStatus;
    private volatile boolean ended;

    DeploymentProgressFollower(CoreContext ctx, String organizationId, String deploymentId) {
        this.ctx = ctx;
        this.organizationId = organizationId;
        this.deploymentId = deploymentId;
    }

    @Override
    public Optional<StreamEvent> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended || !ready.isEmpty()) {
            if (!ready.isEmpty()) {
                return Optional.of(ready.poll());
            }
            long seen = ctx.signals().generation();
            Deployment d = ctx.read(r -> DeploymentRepository.require(r, organizationId, deploymentId)).value();
            ctx.read(r -> DeploymentLog.read(r, deploymentId, afterLine, 200)).forEach(this::line);
            if (d.status() != lastStatus) {
                lastStatus = d.status();
                ready.add(StreamEvent.of(null, new DeploymentProgress(Timestamps.format(ctx.now()), "appaloft", null,
                        "info", "status: " + d.status().wire(), deploymentId, d.status())));
            }
            if (d.status().isTerminal() && ready.isEmpty() && caughtUp()) {
                ended = true;
                return Optional.of(new StreamEvent("done", null, new IdOutput(deploymentId)));
            }
            if (!ready.isEmpty()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            ctx.signals().awaitChange(seen, Duration.ofNanos(Math.min(left, RECHECK.toNanos())));
        }
        return Optional.empty();
    }

    private boolean caughtUp() {
        return ctx.read(r -> DeploymentLog.read(r, deploymentId, afterLine, 1)).isEmpty();
    }

    private void line(DeploymentLogLine line) {
        afterLine++;
        ready.add(StreamEvent.of(null, new DeploymentProgress(line.timestamp(), line.source(), line.phase(),
                line.level(), line.message(), deploymentId, lastStatus)));
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

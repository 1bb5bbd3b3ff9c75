package dev.appaloft.core.deployments;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentLogLine;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.SecretMask;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A deployment's log: an append-only stream per deployment. Every line is scrubbed of the
 * deployment's secret values before it is stored, whoever wrote it (the engine or a build).
 */
public final class DeploymentLog implements RuntimeLog {

    private final Store store;
    private final Clock clock;
    private final String deploymentId;
    private final SecretMask secrets;
    private volatile boolean cancelRequested;
    private Runnable onWrite = () -> { };

    DeploymentLog(Store store, Clock clock, String deploymentId, List<String> secretValues) {
        this.store = store;
        this.clock = clock;
        this.deploymentId = deploymentId;
        this.secrets = SecretMask.of(secretValues);
    }

    static String stream(String deploymentId) {
        return "deployment-logs:" + deploymentId;
    }

    @Override
    public void write(DeploymentPhase phase, Level level, String message) {
        append("appaloft", phase, level, message);
    }

    /** A line the app itself wrote (its container's output), kept apart from the engine's by its source. */
    void writeApplication(DeploymentPhase phase, Level level, String message) {
        append("application", phase, level, message);
    }

    private void append(String source, DeploymentPhase phase, Level level, String message) {
        SecretMask.Masked text = secrets.apply(message);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DeploymentLogLine line = new DeploymentLogLine(Timestamps.format(now), source, phase,
                level.name().toLowerCase(java.util.Locale.ROOT), text.text(), text.masked() ? Boolean.TRUE : null);
        store.transaction(tx -> tx.append(stream(deploymentId), new StreamEntry("log", Json.write(line), now)));
        onWrite.run();
    }

    /** Called after every stored line (wakes followers of this deployment's progress). */
    DeploymentLog onWrite(Runnable listener) {
        this.onWrite = listener;
        return this;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    @Override
    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Lines after position {@code after} (0: from the first), at most {@code limit}. */
    public static List<DeploymentLogLine> read(StoreReader reader, String deploymentId, long after, int limit) {
        return reader.readStream(stream(deploymentId), after, limit).stream()
                .map(r -> Json.read(r.body(), DeploymentLogLine.class)).toList();
    }

    /** Lines stored now; pruning removes a log's lines all at once, so they run from the first one left to the head. */
    public static long count(StoreReader reader, String deploymentId) {
        var first = reader.readStream(stream(deploymentId), 0, 1);
        return first.isEmpty() ? 0 : reader.streamHead(stream(deploymentId)) - first.get(0).seq() + 1;
    }

}

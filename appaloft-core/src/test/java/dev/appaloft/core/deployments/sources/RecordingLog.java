package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.runtime.RuntimeLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A deployment log that keeps its lines for assertions. */
final class RecordingLog implements RuntimeLog {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void write(DeploymentPhase phase, Level level, String message) {
        lines.add(phase.wire() + " " + level + " " + message);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}

package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.api.resources.running.RuntimeLogsInput;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import java.util.List;

/**
 * A one-off read of a resource's runtime logs for other capabilities (log archives): the same
 * checks, instance lookup and masking as {@code resources.logs}, and which deployment and server
 * the lines came from.
 */
public final class RuntimeLogCapture {

    private final RuntimeLogReader reader;

    public RuntimeLogCapture(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.reader = new RuntimeLogReader(new RunningApps(ctx, runtimes));
    }

    /** What was read: masked lines, oldest first, of the deployment's instance on its server. */
    public record Captured(String deploymentId, String serverId, String serviceName, String runtimeKind,
                           List<RuntimeLogLine> lines) {
    }

    public Captured capture(Actor actor, RuntimeLogsInput in) {
        LogRequest request = reader.admit(actor, in);
        List<RuntimeLogLine> lines = reader.read(request).logs();
        return new Captured(request.deployment().id(), request.deployment().serverId(), request.serviceName(),
                RuntimeLogReader.RUNTIME_KIND, lines);
    }
}

package dev.appaloft.runtime.docker.swarm;

import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.runtime.docker.ContainerSummary;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.LogLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A service's output: the lines of its task containers on this node, merged by time. (One node:
 * every task container is on the engine; a multi-node swarm would need the service log endpoint.)
 */
final class SwarmLogs {

    private SwarmLogs() {
    }

    static List<InstanceLogLine> read(DockerEngine engine, String service, Integer tail, Instant since) {
        List<InstanceLogLine> lines = new ArrayList<>();
        for (ContainerSummary c : engine.containers().listByLabels(Map.of(SwarmServiceSpec.LABEL_SERVICE, service))) {
            try {
                engine.logs().read(c.id(), tail, since).forEach(l -> lines.add(line(l)));
            } catch (RuntimeException e) {
                // a task container removed while reading: its lines are gone with it
            }
        }
        lines.sort(Comparator.comparing(InstanceLogLine::timestamp, Comparator.nullsFirst(Comparator.naturalOrder())));
        return tail == null || lines.size() <= tail ? lines : List.copyOf(lines.subList(lines.size() - tail, lines.size()));
    }

    /** Follows the newest running task (a follow across tasks that come and go is not built). */
    static LogFollower follow(DockerEngine engine, String service, Integer tail, Instant since,
                              Consumer<InstanceLogLine> sink) {
        ContainerSummary newest = engine.containers().listByLabels(Map.of(SwarmServiceSpec.LABEL_SERVICE, service))
                .stream().filter(ContainerSummary::running).findFirst()
                .orElseThrow(() -> new dev.appaloft.api.error.AppaloftException(
                        dev.appaloft.api.error.ErrorCode.RUNTIME_INSTANCE_NOT_FOUND,
                        "the Swarm service " + service + " has no running task to follow"));
        return engine.logs().follow(newest.id(), tail, since, l -> sink.accept(line(l)));
    }

    private static InstanceLogLine line(LogLine l) {
        return new InstanceLogLine(l.stream() == LogLine.Stream.STDERR ? InstanceLogLine.Stream.STDERR
                : InstanceLogLine.Stream.STDOUT, l.timestamp(), l.text());
    }
}

package dev.appaloft.runtime.ssh;

import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.LogFollower;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/** Lines of {@code docker logs --timestamps} from a server: each starts with its RFC 3339 time. */
final class RemoteLogLines {

    private RemoteLogLines() {
    }

    static InstanceLogLine parse(InstanceLogLine.Stream stream, String line) {
        int space = line.indexOf(' ');
        if (space > 0) {
            try {
                return new InstanceLogLine(stream, Instant.parse(line.substring(0, space)), line.substring(space + 1));
            } catch (DateTimeParseException notATimestamp) {
                // a line docker printed without one: kept whole
            }
        }
        return new InstanceLogLine(stream, null, line);
    }

    /** stdout and stderr arrive on two channels: merged back by time (stable for equal times). */
    static List<InstanceLogLine> inOrder(List<InstanceLogLine> lines) {
        return lines.stream().sorted(Comparator.comparing(InstanceLogLine::timestamp,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** A {@code docker logs --follow} on the server; closing it kills the command there. */
    static final class Follower implements LogFollower {
        private final RemoteCommand command;
        private volatile boolean open = true;

        Follower(RemoteCommand command) {
            this.command = command;
            Thread waiter = new Thread(() -> {
                try {
                    command.await(java.time.Duration.ofDays(365));
                } catch (RuntimeException ended) {
                    // canceled, or the connection dropped: either way the stream is over
                } finally {
                    open = false;
                }
            }, "appaloft-ssh-log-follow");
            waiter.setDaemon(true);
            waiter.start();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            command.cancel();
        }
    }
}

package dev.appaloft.runtime.ssh;

import java.time.Duration;

/** How a remote command ended: its exit status (-1 when the server sent none), output and time. */
public record ExecResult(int exitStatus, String stdout, String stderr, Duration took) {

    public boolean succeeded() {
        return exitStatus == 0;
    }
}

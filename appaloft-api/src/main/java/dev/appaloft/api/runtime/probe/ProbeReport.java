package dev.appaloft.api.runtime.probe;

import java.util.List;

/**
 * What a probe found: its steps in order, and the host key the server presented (to record on
 * first use; null when the handshake did not get that far).
 */
public record ProbeReport(List<ProbeCheck> checks, String presentedHostKey) {

    /** Reachability steps: when one of these fails the server is unreachable, otherwise at most degraded. */
    public static final List<String> REACHABILITY = List.of("tcp", "ssh-handshake", "host-key", "authentication");

    public ProbeReport {
        checks = List.copyOf(checks);
    }

    /** {@code healthy}, {@code degraded} (reachable, but something it needs is missing) or {@code unreachable}. */
    public String status() {
        boolean unreachable = checks.stream().anyMatch(c -> REACHABILITY.contains(c.name())
                && c.status() == ProbeCheck.Status.FAILED);
        if (unreachable) {
            return "unreachable";
        }
        return checks.stream().anyMatch(c -> c.status() == ProbeCheck.Status.FAILED) ? "degraded" : "healthy";
    }
}

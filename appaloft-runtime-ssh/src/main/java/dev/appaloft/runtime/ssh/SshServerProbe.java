package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.probe.ProbeReport;
import dev.appaloft.api.runtime.probe.ProbeTarget;
import dev.appaloft.api.runtime.probe.ServerProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.schmizz.sshj.SSHClient;

/**
 * Probes a server over SSH on a fresh connection (not the pooled one, so a probe tests what a new
 * deployment would meet): TCP reach, handshake, host key, login, Docker and its version, free
 * disk, and whether the server's edge proxy answers. Each failed step says what a person can do
 * about it. Nothing on the server changes.
 */
public final class SshServerProbe implements ServerProbe {

    /** Below this much free space on Docker's disk the server is reported degraded. */
    static final long MIN_FREE_KB = 1024 * 1024;

    private final SshConnections connections;
    private final Duration connectTimeout;
    private final Duration commandTimeout;

    public SshServerProbe(SshConnections connections, Duration connectTimeout, Duration commandTimeout) {
        this.connections = connections;
        this.connectTimeout = connectTimeout;
        this.commandTimeout = commandTimeout;
    }

    @Override
    public ProbeReport probe(ProbeTarget t) {
        List<ProbeCheck> checks = new ArrayList<>();
        String where = t.host() + ":" + t.port();
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(t.host(), t.port()), (int) connectTimeout.toMillis());
            checks.add(passed("tcp", where + " accepts connections", start, Map.of()));
        } catch (IOException e) {
            checks.add(failed("tcp", where + " cannot be reached (" + e.getMessage() + "): check the host and"
                    + " port, that sshd runs there, and that no firewall drops connections from this control plane",
                    start, Map.of()));
            return skipRest(checks, null, "tcp");
        }
        if (t.privateKey() == null && !t.localLogin()) {
            checks.add(ProbeCheck.skipped("ssh-handshake", "no private key is configured for this server:"
                    + " configure a credential first"));
            return skipRest(checks, null, "ssh-handshake");
        }
        SshLogin key = t.privateKey() != null ? new SshKey(t.privateKey(), t.passphrase()) : SshLogin.LOCAL;
        SshConnections.Attempt attempt = connections.attempt(new SshTarget(t.host(), t.port(), t.username(), key,
                t.trustedHostKey()));
        if (!sshSteps(checks, attempt, t, key)) {
            return skipRest(checks, attempt.presentedHostKey(), attempt.failedStep());
        }
        try {
            serverSteps(checks, attempt.client(), t.username());
            checks.add(EdgeProxyCheck.check(attempt.client(), t.edgeProxy()));
        } finally {
            try {
                attempt.client().close();
            } catch (IOException ignored) {
                // a probe's connection is not reused
            }
        }
        return new ProbeReport(checks, attempt.presentedHostKey());
    }

    /** Adds the handshake, host key and login steps; false when one failed. */
    private static boolean sshSteps(List<ProbeCheck> checks, SshConnections.Attempt attempt, ProbeTarget t, SshLogin key) {
        String presented = attempt.presentedHostKey();
        if ("ssh-handshake".equals(attempt.failedStep())) {
            checks.add(new ProbeCheck("ssh-handshake", ProbeCheck.Status.FAILED, attempt.failure().getMessage()
                    + ": is this port an SSH server?", attempt.handshakeMs(), Map.of()));
            return false;
        }
        checks.add(new ProbeCheck("ssh-handshake", ProbeCheck.Status.PASSED, "the SSH handshake succeeded",
                attempt.handshakeMs(), Map.of()));
        Map<String, String> hostKey = presented == null ? Map.of() : Map.of("fingerprint", presented);
        if ("host-key".equals(attempt.failedStep())) {
            checks.add(new ProbeCheck("host-key", ProbeCheck.Status.FAILED, "the server shows host key " + presented
                    + " but " + t.trustedHostKey() + " is recorded: if the server was reinstalled (compare with ssh-keygen -lf on it), an admin"
                    + " accepts the new fingerprint (servers.testConnectivity with header Appaloft-Accept-Host-Key: "
                    + presented + "); otherwise someone may be impersonating it", 0, hostKey));
            return false;
        }
        checks.add(new ProbeCheck("host-key", ProbeCheck.Status.PASSED, t.trustedHostKey() == null
                ? "first use: host key " + presented + " will be trusted from now on"
                : "the host key matches the recorded " + presented, 0, hostKey));
        if ("authentication".equals(attempt.failedStep()) && !(key instanceof SshKey)) {
            // the local login's failure names every identity tried and the remedy
            checks.add(new ProbeCheck("authentication", ProbeCheck.Status.FAILED, attempt.failure().getMessage(),
                    attempt.authMs(), Map.of("username", t.username(), "identity", "local",
                    "code", attempt.failure().code().code())));
            return false;
        }
        if ("authentication".equals(attempt.failedStep())) {
            String remedy = attempt.failure().code().equals(SshErrors.KEY_INVALID)
                    ? "the private key cannot be read: check the key text and its passphrase"
                    : PublicKeys.authorizedKeyLine((SshKey) key).map(line -> "the server refused the key: add this public key"
                            + " to ~/.ssh/authorized_keys of " + t.username() + ": " + line)
                            .orElse("the server refused the key for " + t.username());
            checks.add(new ProbeCheck("authentication", ProbeCheck.Status.FAILED, remedy, attempt.authMs(),
                    Map.of("username", t.username())));
            return false;
        }
        Map<String, String> facts = new java.util.LinkedHashMap<>(attempt.loggedIn().metadata());
        facts.put("username", t.username());
        checks.add(new ProbeCheck("authentication", ProbeCheck.Status.PASSED, "logged in as " + t.username()
                + " with " + attempt.loggedIn().describe(), attempt.authMs(), facts));
        return true;
    }

    private void serverSteps(List<ProbeCheck> checks, SSHClient client, String username) {
        long start = System.nanoTime();
        boolean docker = false;
        try {
            ExecResult version = connections.start(client, "docker version --format '{{.Server.Version}}'")
                    .await(commandTimeout);
            if (version.succeeded()) {
                docker = true;
                String v = version.stdout().trim();
                checks.add(passed("docker", "Docker " + v + " answers", start, Map.of("version", v)));
            } else if (version.exitStatus() == 127) {
                checks.add(failed("docker", "docker is not installed or not on the PATH of " + username
                        + ": install Docker Engine on the server", start, Map.of()));
            } else {
                String why = version.stderr().trim();
                checks.add(failed("docker", "the Docker engine does not answer (" + firstLine(why) + "): start it,"
                        + (why.contains("permission denied") ? " and add " + username + " to the docker group" : "")
                        + " then test again", start, Map.of()));
            }
        } catch (AppaloftException e) {
            checks.add(failed("docker", e.getMessage(), start, Map.of()));
        }
        disk(checks, client, docker);
    }

    private void disk(List<ProbeCheck> checks, SSHClient client, boolean docker) {
        long start = System.nanoTime();
        String path = docker ? "$(docker info --format '{{.DockerRootDir}}' 2>/dev/null || echo /)" : "/";
        try {
            ExecResult df = connections.start(client, "df -Pk " + path + " | tail -n 1").await(commandTimeout);
            String[] columns = df.stdout().trim().split("\\s+");
            if (!df.succeeded() || columns.length < 6) {
                checks.add(failed("disk", "free disk space could not be read (df: " + firstLine(df.stderr()) + ")",
                        start, Map.of()));
                return;
            }
            long freeKb = Long.parseLong(columns[3]);
            Map<String, String> facts = Map.of("mount", columns[5], "freeBytes", String.valueOf(freeKb * 1024),
                    "usedPercent", columns[4]);
            String free = (freeKb / 1024) + " MiB free on " + columns[5];
            checks.add(freeKb >= MIN_FREE_KB ? passed("disk", free, start, facts)
                    : failed("disk", free + ": less than 1 GiB; free space (servers.capacity.prune) before deploying",
                    start, facts));
        } catch (AppaloftException | NumberFormatException e) {
            checks.add(failed("disk", "free disk space could not be read: " + e.getMessage(), start, Map.of()));
        }
    }

    private static ProbeReport skipRest(List<ProbeCheck> checks, String presentedHostKey, String failedAt) {
        List<String> all = List.of("tcp", "ssh-handshake", "host-key", "authentication", "docker", "disk", "edge-proxy");
        for (String step : all.subList(all.indexOf(failedAt) + 1, all.size())) {
            checks.add(ProbeCheck.skipped(step, "skipped: the " + failedAt + " step failed"));
        }
        return new ProbeReport(checks, presentedHostKey);
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.trim();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static ProbeCheck passed(String name, String message, long start, Map<String, String> metadata) {
        return new ProbeCheck(name, ProbeCheck.Status.PASSED, message, (System.nanoTime() - start) / 1_000_000, metadata);
    }

    private static ProbeCheck failed(String name, String message, long start, Map<String, String> metadata) {
        return new ProbeCheck(name, ProbeCheck.Status.FAILED, message, (System.nanoTime() - start) / 1_000_000, metadata);
    }
}

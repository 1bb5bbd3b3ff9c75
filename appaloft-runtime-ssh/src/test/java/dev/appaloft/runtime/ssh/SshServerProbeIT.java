package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.probe.ProbeReport;
import dev.appaloft.api.runtime.probe.ProbeTarget;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connectivity probes against real sshd "servers" whose commands drive this machine's Docker
 * engine: one complete server, and one whose PATH has no docker.
 */
class SshServerProbeIT {

    @TempDir static Path dir;
    static SshdServer server;
    static SshdServer noDocker;
    static TestSshKeys.Key key;
    static SshConnections connections;
    static SshServerProbe probe;

    @BeforeAll
    static void start() throws Exception {
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        server = SshdServer.start(dir.resolve("complete"));
        server.authorize(key.publicKey());
        Path bin = Files.createDirectories(dir.resolve("bin-without-docker"));
        for (String tool : List.of("df", "tail")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toFile().exists()
                    ? Path.of("/usr/bin", tool) : Path.of("/bin", tool));
        }
        noDocker = SshdServer.start(dir.resolve("no-docker"), "SetEnv PATH=" + bin);
        noDocker.authorize(key.publicKey());
        connections = new SshConnections(SshConnections.Settings.defaults());
        probe = new SshServerProbe(connections, Duration.ofSeconds(3), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        connections.close();
        server.close();
        noDocker.close();
    }

    private static ProbeTarget target(SshdServer sshd, String privateKey, String trusted) {
        return new ProbeTarget("probe", sshd.host(), sshd.port(), sshd.user(), privateKey, null, trusted);
    }

    private static Map<String, ProbeCheck> byName(ProbeReport report) {
        return report.checks().stream().collect(Collectors.toMap(ProbeCheck::name, c -> c));
    }

    @Test
    void aCompleteServerIsHealthyAndItsFirstHostKeyIsReported() throws Exception {
        ProbeReport report = probe.probe(target(server, key.privateKey(), null));
        assertThat(report.checks()).extracting(ProbeCheck::name)
                .containsExactly("tcp", "ssh-handshake", "host-key", "authentication", "docker", "disk", "edge-proxy");
        assertThat(report.status()).as(report.toString()).isEqualTo("healthy");
        assertThat(report.presentedHostKey()).isEqualTo(server.hostKeyFingerprint());
        Map<String, ProbeCheck> checks = byName(report);
        assertThat(checks.get("docker").metadata().get("version")).matches("\\d+\\.\\d+.*");
        assertThat(Long.parseLong(checks.get("disk").metadata().get("freeBytes"))).isPositive();
        assertThat(checks.get("edge-proxy").status()).isEqualTo(ProbeCheck.Status.SKIPPED);
        ProbeReport again = probe.probe(target(server, key.privateKey(), report.presentedHostKey()));
        assertThat(byName(again).get("host-key").message()).contains("matches");
    }

    @Test
    void eachBrokenStepSaysWhatToDoAndSkipsWhatDependsOnIt() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ProbeReport unreachable = probe.probe(new ProbeTarget("p", "127.0.0.1", closed, "root", key.privateKey(),
                null, null));
        assertThat(unreachable.status()).isEqualTo("unreachable");
        assertThat(byName(unreachable).get("tcp").status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(byName(unreachable).get("docker").status()).isEqualTo(ProbeCheck.Status.SKIPPED);

        TestSshKeys.Key stranger = TestSshKeys.generate(SshKeyType.RSA, TestSshKeys.Format.PEM, null);
        ProbeReport refused = probe.probe(target(server, stranger.privateKey(), null));
        assertThat(refused.status()).isEqualTo("unreachable");
        ProbeCheck auth = byName(refused).get("authentication");
        assertThat(auth.status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(auth.message()).contains("authorized_keys").contains(stranger.publicKey().split(" ")[1]);
        assertThat(auth.message()).doesNotContain("PRIVATE KEY");

        ProbeReport impostor = probe.probe(target(server, key.privateKey(), "SHA256:" + "B".repeat(43)));
        assertThat(byName(impostor).get("host-key").status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(byName(impostor).get("host-key").message()).contains(server.hostKeyFingerprint());
        assertThat(byName(impostor).get("authentication").status()).isEqualTo(ProbeCheck.Status.SKIPPED);
    }

    @Test
    void aServerWithoutDockerIsReachableButDegraded() throws Exception {
        ProbeReport report = probe.probe(target(noDocker, key.privateKey(), null));
        assertThat(report.status()).as(report.toString()).isEqualTo("degraded");
        ProbeCheck docker = byName(report).get("docker");
        assertThat(docker.status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(docker.message()).contains("install Docker");
        assertThat(byName(report).get("disk").status()).isEqualTo(ProbeCheck.Status.PASSED);
    }
}

package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.SecondDockerEngine;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prebuilt image that only the control plane's engine has (no registry serves it) reaches a
 * server with an engine of its own (a second real dockerd) as {@code docker save} streamed into
 * {@code docker load} over SSH.
 */
class ControlPlaneImageIT {

    @TempDir static Path dir;
    static SecondDockerEngine serverEngine;
    static SshdServer sshd;
    static SshConnections connections;
    static SshDockerRuntime runtime;
    static final String IMAGE = "appaloft/transfer-it:" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() throws Exception {
        serverEngine = SecondDockerEngine.start();
        sshd = SshdServer.start(dir.resolve("sshd"), "SetEnv DOCKER_HOST=" + serverEngine.dockerHost());
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
        SshTarget target = new SshTarget(sshd.host(), sshd.port(), sshd.user(), SshKey.of(key.privateKey()),
                sshd.hostKeyFingerprint());
        connections = new SshConnections(SshConnections.Settings.defaults());
        runtime = new SshDockerRuntime(connections, "srv_image_it", () -> target);
        assertThat(new ProcessBuilder("docker", "tag", "local/busybox:1", IMAGE).start().waitFor()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            new ProcessBuilder("docker", "rmi", IMAGE).start().waitFor();
            connections.close();
            sshd.close();
        } finally {
            serverEngine.close();
        }
    }

    @Test
    void anImageOnlyTheControlPlaneHasIsLoadedOnTheServerAndAMissingOneIsRefused() throws Exception {
        assertThat(serverEngine.hasImage(IMAGE)).as("the server's engine starts without it").isFalse();
        List<String> lines = new CopyOnWriteArrayList<>();
        RuntimeLog log = (phase, level, message) -> lines.add(message);

        runtime.prepare(ArtifactRequest.prebuilt(IMAGE), log);
        assertThat(serverEngine.hasImage(IMAGE)).isTrue();
        assertThat(lines).anyMatch(l -> l.contains("sending it from the control plane"));

        lines.clear();
        runtime.prepare(ArtifactRequest.prebuilt(IMAGE), log);
        assertThat(lines).as("a second deployment finds it there").anyMatch(l -> l.contains("from the server's engine"));

        String nowhere = "appaloft/nowhere-it:" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> runtime.prepare(ArtifactRequest.prebuilt(nowhere), RuntimeLog.DISCARD))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code().code()).isEqualTo("image_pull_failed"));
    }
}

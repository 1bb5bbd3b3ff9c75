package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files into and out of a container over SSH (how dependency backups move dumps on a
 * {@code generic-ssh} server): every byte value survives both ways, a missing file is an error.
 */
class SshFileCopyIT {

    @TempDir Path dir;

    @Test
    void aBinaryFileGoesInAndComesBackUnchanged() throws Exception {
        String name = "appaloft-ssh-copy-" + UUID.randomUUID().toString().substring(0, 8);
        docker("run", "-d", "--name", name, "local/busybox:1", "sleep", "300");
        try (SshdServer sshd = SshdServer.start(dir.resolve("sshd"));
             SshConnections connections = new SshConnections(SshConnections.Settings.defaults())) {
            TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
            sshd.authorize(key.publicKey());
            SshTarget target = new SshTarget(sshd.host(), sshd.port(), sshd.user(), SshKey.of(key.privateKey()),
                    sshd.hostKeyFingerprint());
            SshDockerRuntime runtime = new SshDockerRuntime(connections, "srv_copy", () -> target);
            RuntimeInstance instance = new RuntimeInstance(name, name, null, true, Map.of());

            byte[] content = new byte[300_001];
            new Random(7).nextBytes(content);
            for (int i = 0; i < 256; i++) {
                content[i] = (byte) i;
            }
            runtime.copyToInstance(instance, "/tmp/dump.bin", new ByteArrayInputStream(content), content.length);
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            assertThat(runtime.copyFromInstance(instance, "/tmp/dump.bin", back)).isEqualTo(content.length);
            assertThat(back.toByteArray()).isEqualTo(content);

            assertThatThrownBy(() -> runtime.copyFromInstance(instance, "/tmp/missing", new ByteArrayOutputStream()))
                    .isInstanceOf(AppaloftException.class).hasMessageContaining("/tmp/missing");
        } finally {
            docker("rm", "-f", name);
        }
    }

    private static void docker(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "docker";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}

package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.probe.ProbeReport;
import dev.appaloft.api.runtime.probe.ProbeTarget;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;

/**
 * local-ssh-agent logins against a real OpenSSH agent ({@code ssh-agent -a}) holding an ed25519 and
 * an RSA key, and a real sshd: through the agent for both key types, then a default key file once
 * the agent is gone, then neither.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SshAgentLoginIT {

    @TempDir static Path dir;
    static SshdServer sshd;
    static Process agent;
    static Path socket;
    static Path keys;
    static TestSshKeys.Key ed25519;
    static TestSshKeys.Key rsa;
    static SshConnections connections;
    static SshServerProbe probe;

    @BeforeAll
    static void start() throws Exception {
        sshd = SshdServer.start(dir.resolve("sshd"));
        socket = dir.resolve("agent.sock");
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        ed25519 = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        rsa = TestSshKeys.generate(SshKeyType.RSA, TestSshKeys.Format.OPENSSH, null);
        sshAdd(ed25519);
        sshAdd(rsa);
        keys = Files.createDirectories(dir.resolve("keys"));
        connections = new SshConnections(SshConnections.Settings.defaults().withAgentSocket(socket).withKeyFolder(keys));
        probe = new SshServerProbe(connections, Duration.ofSeconds(3), Duration.ofSeconds(20));
    }

    private static void sshAdd(TestSshKeys.Key key) throws Exception {
        Path file = dir.resolve("add-" + key.type());
        Files.writeString(file, key.privateKey());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ProcessBuilder add = new ProcessBuilder("ssh-add", file.toString()).redirectErrorStream(true);
        add.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process p = add.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as(out).isTrue();
        Files.delete(file);
    }

    @AfterAll
    static void stop() throws Exception {
        connections.close();
        agent.destroy();
        sshd.close();
    }

    private static ProbeCheck auth() {
        ProbeReport report = probe.probe(new ProbeTarget("agent", sshd.host(), sshd.port(), sshd.user(), null, null,
                null, null, true));
        return report.checks().stream().filter(c -> c.name().equals("authentication")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void theAgentsEd25519AndRsaKeysEachLogIn() throws Exception {
        sshd.revokeAll();
        sshd.authorize(ed25519.publicKey());
        ProbeCheck viaEd = auth();
        assertThat(viaEd.status()).as(viaEd.message()).isEqualTo(ProbeCheck.Status.PASSED);
        assertThat(viaEd.metadata()).containsEntry("identity", "agent").containsEntry("fingerprint", ed25519.fingerprint());

        sshd.revokeAll();
        sshd.authorize(rsa.publicKey());
        ProbeCheck viaRsa = auth();
        assertThat(viaRsa.status()).as(viaRsa.message()).isEqualTo(ProbeCheck.Status.PASSED);
        assertThat(viaRsa.metadata()).containsEntry("identity", "agent").containsEntry("fingerprint", rsa.fingerprint());

        // the pooled path deployments and capacity take
        SshTarget target = new SshTarget(sshd.host(), sshd.port(), sshd.user(), SshLogin.LOCAL, null);
        assertThat(connections.run("srv", target, "echo ok", Duration.ofSeconds(10)).stdout().trim()).isEqualTo("ok");
    }

    @Test
    @Order(2)
    void aRefusedAgentNamesTheKeysToAuthorize() throws Exception {
        sshd.revokeAll();
        ProbeCheck refused = auth();
        assertThat(refused.status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(refused.metadata()).containsEntry("code", "ssh_authentication_failed");
        assertThat(refused.message()).contains("authorized_keys of " + sshd.user())
                .contains(ed25519.publicKey().split(" ")[1]).contains(rsa.publicKey().split(" ")[1])
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    @Order(3)
    void withoutTheAgentADefaultKeyFileLogsInAndWithNeitherTheRemedyIsNamed() throws Exception {
        agent.destroy();
        agent.waitFor(5, TimeUnit.SECONDS);
        Files.deleteIfExists(socket);
        ProbeCheck none = auth();
        assertThat(none.status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(none.metadata()).containsEntry("code", "ssh_local_identity_missing");
        assertThat(none.message()).contains("start ssh-agent").contains("ssh-add");

        TestSshKeys.Key file = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        TestSshKeys.Key encrypted = TestSshKeys.generate(SshKeyType.RSA, TestSshKeys.Format.OPENSSH, "secret-pass");
        Files.writeString(keys.resolve("id_ed25519"), file.privateKey());
        Files.writeString(keys.resolve("id_rsa"), encrypted.privateKey());
        sshd.revokeAll();
        sshd.authorize(file.publicKey());
        ProbeCheck viaFile = auth();
        assertThat(viaFile.status()).as(viaFile.message()).isEqualTo(ProbeCheck.Status.PASSED);
        assertThat(viaFile.metadata()).containsEntry("identity", "file").containsEntry("fingerprint", file.fingerprint())
                .containsEntry("keyFile", keys.resolve("id_ed25519").toString());

        sshd.revokeAll();
        ProbeCheck refused = auth();
        assertThat(refused.message()).contains("id_rsa is encrypted: skipped").contains(file.publicKey().split(" ")[1])
                .doesNotContain("secret-pass");
    }
}

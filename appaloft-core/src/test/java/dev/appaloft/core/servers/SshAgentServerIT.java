package dev.appaloft.core.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ServerConnectivity;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.ssh.SshConnections;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.memory.MemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server whose credential is local-ssh-agent passes servers.testConnectivity through a real ssh-agent. */
class SshAgentServerIT {

    static Path dir;
    static SshdServer sshd;
    static Process agent;
    static AppaloftEngine engine;
    static TestSshKeys.Key key;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("appaloft-agent-server");
        Path socket = dir.resolve("agent.sock");
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        Path file = dir.resolve("key");
        Files.writeString(file, key.privateKey());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ProcessBuilder add = new ProcessBuilder("ssh-add", file.toString()).redirectErrorStream(true);
        add.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process p = add.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        Files.delete(file);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        engine = AppaloftEngine.builder().store(new MemoryStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(new SshRuntimes(SshConnections.Settings.defaults().withAgentSocket(socket)
                        .withKeyFolder(Files.createDirectories(dir.resolve("no-keys")))))
                .dailyHousekeeping(false).build();
    }

    @AfterAll
    static void stop() throws Exception {
        engine.close();
        sshd.close();
        agent.destroy();
    }

    @Test
    void aLocalSshAgentServerLogsInThroughTheAgent() {
        String server = engine.system().servers().create(new CreateServerInput("agent-box", sshd.host(), "generic-ssh",
                null, (long) sshd.port(), null)).id();
        engine.system().servers().configureCredential(server, ConfigureServerCredentialInput.Credential.localAgent(sshd.user()));
        ServerConnectivity result = engine.system().servers().testConnectivity(server);
        ServerConnectivity.Check auth = result.checks().stream().filter(c -> c.name().equals("authentication"))
                .findFirst().orElseThrow();
        assertThat(auth.status()).as(auth.message()).isEqualTo("passed");
        assertThat(auth.metadata()).containsEntry("identity", "agent").containsEntry("fingerprint", key.fingerprint());
        assertThat(result.status()).as(result.toString()).isIn("healthy", "degraded");
    }
}

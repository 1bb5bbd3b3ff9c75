package dev.appaloft.core.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.capacity.ServerCapacityReport;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Capacity of a {@code generic-ssh} server: a real sshd whose docker CLI drives this machine's
 * engine, reached with a stored key. The server is not the control plane's host: no state root.
 */
class SshCapacityIT extends RealCapacityScenarios {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    static Path dir;
    static SshdServer sshd;
    static AppaloftEngine engine;
    static String server;

    @BeforeAll
    static void start() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        dir = Files.createTempDirectory("appaloft-capacity-ssh");
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .workDirectory(dir.resolve("work")).stateDirectory(dir).dailyHousekeeping(false)
                .build();
        server = engine.system().servers().create(new CreateServerInput("box", sshd.host(), "generic-ssh", null,
                (long) sshd.port(), null)).id();
        engine.system().servers().configureCredential(server, ConfigureServerCredentialInput.Credential.privateKey(
                sshd.user(), key.privateKey(), null));
    }

    @AfterAll
    static void stop() throws Exception {
        if (engine != null) {
            engine.close();
        }
        if (sshd != null) {
            sshd.close();
        }
    }

    @Override
    protected AppaloftEngine engine() {
        return engine;
    }

    @Override
    protected String server() {
        return server;
    }

    @Override
    protected Path workDirectory() {
        return dir.resolve("work");
    }

    @Test
    void aServerReachedOverSshHasNoStateRootOfTheControlPlane() {
        ServerCapacityReport report = engine.system().servers().inspectCapacity(server);
        assertThat(report.server().providerKey()).isEqualTo("generic-ssh");
        assertThat(report.appaloftRuntime().stateRoot().detectable()).isFalse();
        assertThat(report.disk()).extracting(ServerCapacityReport.Disk::path).contains("/");
        assertThat(report.engine().version()).isNotBlank();
    }
}

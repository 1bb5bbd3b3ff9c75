package dev.appaloft.core.servers;

import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
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
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runtime monitoring of a {@code generic-ssh} server: a real sshd whose docker CLI drives this
 * machine's engine; host facts by the shared script, containers by {@code docker stats --no-stream}.
 */
class SshMonitoringIT extends RealMonitoringScenarios {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    static Path dir;
    static SshdServer sshd;
    static AppaloftEngine engine;
    static String server;

    @BeforeAll
    static void start() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        dir = Files.createTempDirectory("appaloft-monitoring-ssh");
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .runtimeMonitoring(Duration.ZERO, Duration.ofHours(24))
                .workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .build();
        server = engine.system().servers().create(new CreateServerInput("box", sshd.host(), "generic-ssh", null,
                (long) sshd.port(), null)).id();
        engine.system().servers().configureCredential(server, ConfigureServerCredentialInput.Credential.privateKey(
                sshd.user(), key.privateKey(), null));
    }

    @AfterAll
    static void stop() throws Exception {
        removeContainers();
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
}

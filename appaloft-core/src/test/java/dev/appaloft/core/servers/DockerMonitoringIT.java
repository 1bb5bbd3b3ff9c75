package dev.appaloft.core.servers;

import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runtime monitoring of a {@code local-shell} server: this host's Docker engine, stats through its API. */
class DockerMonitoringIT extends RealMonitoringScenarios {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    static Path dir;
    static AppaloftEngine engine;
    static String server;

    @BeforeAll
    static void start() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        dir = Files.createTempDirectory("appaloft-monitoring-docker");
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .runtimeMonitoring(Duration.ZERO, Duration.ofHours(24)) // passes are run by the test
                .workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .build();
        server = engine.system().servers().create(CreateServerInput.localShell("this host")).id();
    }

    @AfterAll
    static void stop() throws Exception {
        removeContainers();
        if (engine != null) {
            engine.close();
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

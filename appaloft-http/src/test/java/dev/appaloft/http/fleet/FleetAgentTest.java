package dev.appaloft.http.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.fleet.CreateDeploymentGroupInput;
import dev.appaloft.api.fleet.CreateReleaseInput;
import dev.appaloft.api.fleet.FleetDeploymentView;
import dev.appaloft.api.fleet.ListFleetDeploymentsInput;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.provider.PlatformProviders;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.docker.agent.AgentIdentity;
import dev.appaloft.runtime.docker.agent.AgentOptions;
import dev.appaloft.runtime.docker.agent.FleetAgent;
import dev.appaloft.api.fleet.provider.TestPlatform;
import dev.appaloft.store.memory.MemoryStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent against a real server over HTTP, on the simulated {@code test} platform: it waits for
 * a server that is not up yet (backoff), enrols, converges to each release, tears down on delete,
 * and a restarted agent resumes its deployment from its state folder.
 */
class FleetAgentTest {

    static final String TOKEN = "o".repeat(64);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void agentsEnrolConvergeAndTearDown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();
        String group = engine.fleet().createGroup(new CreateDeploymentGroupInput("edge", 5L)).id();
        String dgToken = engine.fleet().createGroupToken(group).token();
        String url = "http://127.0.0.1:" + port;
        FleetAgent a = agent(url, dgToken, "env-a");
        FleetAgent b = agent(url, dgToken, "env-b");
        Thread.sleep(700); // the server is not up: both agents back off and try again
        AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN)).start("127.0.0.1", port);
        try {
            await(() -> deployments(engine).size() == 2);
            assertThat(deployments(engine)).allMatch(d -> d.status().equals("pending"));
            String r1 = release(engine);
            await(() -> deployments(engine).stream().allMatch(d -> d.status().equals("running") && r1.equals(d.currentReleaseId())));
            String r2 = release(engine);
            await(() -> deployments(engine).stream().allMatch(d -> d.status().equals("running") && r2.equals(d.currentReleaseId())));

            // a restarted agent resumes the same deployment, with the identity it kept
            a.close();
            String aId = AgentIdentity.load(dir.resolve("env-a")).orElseThrow().deploymentId();
            a = agent(url, null, "env-a");
            String r3 = release(engine);
            await(() -> deployments(engine).stream().allMatch(d -> d.status().equals("running") && r3.equals(d.currentReleaseId())));
            assertThat(deployments(engine)).hasSize(2).extracting(FleetDeploymentView::id).contains(aId);

            engine.fleet().deleteDeployment(aId);
            await(() -> engine.fleet().deployment(aId).status().equals("deleted"));
            assertThat(engine.fleet().group(group).deploymentCount()).isEqualTo(1);
        } finally {
            a.close();
            b.close();
            server.close();
            engine.close();
        }
    }

    FleetAgent agent(String url, String token, String name) {
        AgentOptions options = AgentOptions.of(url, token, name, Platform.TEST, dir.resolve(name))
                .withPollInterval(Duration.ofMillis(100)).withHeartbeatInterval(Duration.ofMillis(200));
        return new FleetAgent(options, new PlatformProviders().register(new TestPlatform())).start();
    }

    static String release(AppaloftEngine engine) throws Exception {
        return engine.fleet().createRelease(new CreateReleaseInput(JSON.readTree(
                "{\"test\":{\"id\":\"s\",\"resources\":{}}}"), null)).id();
    }

    static List<FleetDeploymentView> deployments(AppaloftEngine engine) {
        return engine.fleet().listDeployments(ListFleetDeploymentsInput.all()).items();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(50);
        }
    }
}

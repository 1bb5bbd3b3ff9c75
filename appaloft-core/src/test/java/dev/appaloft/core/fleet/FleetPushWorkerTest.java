package dev.appaloft.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.FleetApi;
import dev.appaloft.api.fleet.CreateDeploymentGroupInput;
import dev.appaloft.api.fleet.CreateFleetDeploymentInput;
import dev.appaloft.api.fleet.CreateReleaseInput;
import dev.appaloft.api.fleet.InitializeInput;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The server's push worker: push-model deployments on {@code test} converge on the server itself,
 * {@code aws} ones fail clearly with PLATFORM_NOT_SUPPORTED (and can still be deleted), and a
 * pull-model deployment is left to its agent.
 */
class FleetPushWorkerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pushDeploymentsConvergeOrFailClearlyAndPullOnesAreLeftToTheirAgents() throws Exception {
        try (AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .fleet(FleetOptions.defaults().withPushWorker(Duration.ofMillis(20))).build()) {
            FleetApi fleet = engine.fleet();
            String group = fleet.createGroup(new CreateDeploymentGroupInput("g", 10L)).id();
            String test = fleet.createDeployment(CreateFleetDeploymentInput.of("t", Platform.TEST, group)).deployment().id();
            String aws = fleet.createDeployment(CreateFleetDeploymentInput.of("a", Platform.AWS, group)).deployment().id();
            FleetApi installer = engine.as(fleet.authenticate(fleet.createGroupToken(group).token())).fleet();
            String pull = installer.initialize(new InitializeInput("agent", Platform.TEST)).deploymentId();
            String release = fleet.createRelease(new CreateReleaseInput(JSON.readTree(
                    "{\"test\":{\"id\":\"s\",\"resources\":{}},\"aws\":{\"id\":\"s\",\"resources\":{}}}"), null)).id();

            await(() -> fleet.deployment(test).status().equals("running"));
            assertThat(fleet.deployment(test).currentReleaseId()).isEqualTo(release);
            await(() -> fleet.deployment(aws).status().equals("initial-setup-failed"));
            assertThat(fleet.deployment(aws).error().get("code").asText()).isEqualTo("PLATFORM_NOT_SUPPORTED");
            assertThat(fleet.deployment(pull).status()).isEqualTo("pending");

            fleet.deleteDeployment(aws);
            await(() -> fleet.deployment(aws).status().equals("deleted"));
            fleet.redeploy(test);
            await(() -> fleet.deployment(test).status().equals("running") && fleet.deployment(test).desiredReleaseId() == null);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met within 20 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}

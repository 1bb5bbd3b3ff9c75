package dev.appaloft.core;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A project, a production environment, a resource with a prebuilt image and a local server, on a fake runtime. */
public abstract class DeploymentFixture {

    protected Store store;
    protected Appaloft appaloft;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected String project;
    protected String env;
    protected String resource;
    protected String server;

    protected abstract Store openStore();

    @BeforeEach
    protected void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).build();
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION, null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
    }

    @AfterEach
    protected void stop() {
        appaloft.close();
    }

    protected CreateDeploymentInput deploy(ExecutionMode mode) {
        return new CreateDeploymentInput(project, server, null, env, resource, mode);
    }

    /** Waits (bounded) until the deployment has ended and returns its status. */
    protected DeploymentStatus awaitEnd(String deploymentId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        DeploymentStatus status = appaloft.deployments().show(deploymentId).status().current();
        while (!status.isTerminal() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            status = appaloft.deployments().show(deploymentId).status().current();
        }
        return status;
    }
}

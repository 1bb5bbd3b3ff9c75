package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.ResourceRuntimeApi;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.CountDeploymentsInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A resource's running app, on one store, with the runtime and proxy doubles: a project, an
 * environment, an image resource and a local server, and the helpers both scenario sets share
 * ({@link RunningAppScenarios}, {@link RunningAppInsightScenarios}).
 */
public abstract class RunningAppFixture {

    static final String SECRET = "pa55-w0rd-xyz";

    protected Store store;
    protected Appaloft appaloft;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeEdgeProxy proxy = new FakeEdgeProxy();
    final ShiftableClock clock = new ShiftableClock();
    String project;
    String env;
    String resource;
    String server;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        appaloft = engine(true);
        SampleApp app = SampleApp.create(appaloft.system());
        project = app.project();
        env = app.env();
        resource = app.resource();
        server = app.server();
    }

    AppaloftEngine engine(boolean withProxy) {
        AppaloftEngineBuilder builder = AppaloftEngine.builder().store(store, appaloft == null).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime);
        return (withProxy ? builder.edgeProxy("local-shell", proxy) : builder).build();
    }

    @AfterEach
    void stop() {
        appaloft.close();
    }

    ResourceRuntimeApi running() {
        return appaloft.resources().runtime();
    }

    String deploy() {
        return appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
    }

    /** The instance of the running deployment. */
    RuntimeInstance instance() {
        assertThat(runtime.instances).hasSize(1);
        return runtime.instances.values().iterator().next();
    }

    static void assertFails(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .extracting(e -> ((AppaloftException) e).code().code()).isEqualTo(code);
    }

    static Object blockedReason(ThrowingCallable call) {
        try {
            call.call();
        } catch (AppaloftException e) {
            return e.details().get("blockedReason");
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call did not fail");
    }

    void awaitNoDeploymentInProgress() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && appaloft.deployments().count(new CountDeploymentsInput(null, null, null,
                null, List.of(dev.appaloft.api.deployments.DeploymentStatus.CREATED,
                dev.appaloft.api.deployments.DeploymentStatus.PLANNING, dev.appaloft.api.deployments.DeploymentStatus.PLANNED,
                dev.appaloft.api.deployments.DeploymentStatus.RUNNING))).count() > 0) {
            Thread.sleep(20);
        }
    }
}

package dev.appaloft.core;

import dev.appaloft.api.operatorwork.ListOperatorWorkInput;
import dev.appaloft.api.operatorwork.OperatorWorkItem;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.operatorwork.OperatorWorkStatus;
import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.environments.LockEnvironmentInput;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deployment engine's rules with a fast runtime double, on every store (DockerDeploymentIT: the real engine). */
public abstract class DeploymentScenarios extends DeploymentFixture {

    @Test
    void aSynchronousDeploymentRunsEveryStepAndSucceeds() {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", "pa55-w0rd-xyz", null));
        String id = appaloft.deployments().create(deploy(null)).id();

        DeploymentDetail shown = appaloft.deployments().show(id);
        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("prebuilt-image");
        assertThat(shown.deployment().startedAt()).isNotNull();
        assertThat(shown.deployment().finishedAt()).isNotNull();
        assertThat(shown.latestFailure()).isNull();
        assertThat(runtime.instances).hasSize(1);
        assertThat(runtime.environments.values().iterator().next())
                .containsEntry("DB_PASSWORD", "pa55-w0rd-xyz").containsEntry("PORT", "8080");

        DeploymentLogs logs = appaloft.deployments().logs(id);
        assertThat(logs.logs()).extracting(DeploymentLogLine::phase).contains(DeploymentPhase.PLAN,
                DeploymentPhase.PACKAGE, DeploymentPhase.DEPLOY);
        String everything = logs + shown.toString() + store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000)
                .toString() + r.readStream(UnitOfWork.AUDIT, 0, 1000));
        assertThat(everything).doesNotContain("pa55-w0rd-xyz").contains("********");
        assertThat(logs.logs()).as("the app's own output is captured, masked")
                .anyMatch(l -> l.source().equals("application") && l.message().startsWith("app listening on 8080")
                        && l.message().contains("DB_PASSWORD=********"));
        java.util.List<dev.appaloft.api.store.StreamRecord> events = store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000));
        assertThat(events).extracting(dev.appaloft.api.store.StreamRecord::type).contains("deployment.created", "deployment.started", "deployment.finished");
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(project, null, null, DeploymentStatus.SUCCEEDED,
                null)).count()).isEqualTo(1);
        assertThat(appaloft.deployments().list(new ListDeploymentsInput(null, resource, null, null)).items())
                .extracting(DeploymentView::id).containsExactly(id);
    }

    @Test
    void aRedeployReplacesThePreviousInstanceOnlyAfterTheNewOneIsHealthy() {
        appaloft.deployments().create(deploy(null));
        String first = runtime.instances.keySet().iterator().next();
        runtime.healthy = false;
        String failed = appaloft.deployments().create(deploy(null)).id();

        DeploymentDetail shown = appaloft.deployments().show(failed);
        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(shown.latestFailure().phase()).isEqualTo(DeploymentPhase.VERIFY);
        assertThat(shown.latestFailure().message()).startsWith("health_check_failed");
        assertThat(runtime.instances.keySet()).containsExactly(first); // the old one keeps serving

        runtime.healthy = true;
        appaloft.deployments().create(deploy(null));
        assertThat(runtime.instances).hasSize(1).doesNotContainKey(first);
    }

    @Test
    void aResourceHasAtMostOneDeploymentInProgress() throws Exception {
        runtime.hold = new CountDownLatch(1);
        String running = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        assertFails(() -> appaloft.deployments().create(deploy(null)), ErrorCode.DEPLOYMENT_IN_PROGRESS);
        runtime.hold.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!appaloft.deployments().show(running).status().current().isTerminal() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(appaloft.deployments().show(running).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        runtime.hold = null;
        assertThat(appaloft.deployments().show(appaloft.deployments().create(deploy(null)).id()).status().current())
                .isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @Test
    void aDetachedDeploymentRunsAsOneWorkItemOnTheQueue() throws Exception {
        String id = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!appaloft.deployments().show(id).status().current().isTerminal() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        List<OperatorWorkItem> items = appaloft.operatorWork().list(new ListOperatorWorkInput(null, null, null, null,
                id, null)).items();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(OperatorWorkKind.DEPLOYMENT);
            assertThat(item.resourceId()).isEqualTo(resource);
        });
        // the worker completes the item just after the deployment's last write
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (appaloft.operatorWork().list(new ListOperatorWorkInput(null, OperatorWorkStatus.SUCCEEDED, null, null,
                id, null)).items().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(appaloft.operatorWork().list(new ListOperatorWorkInput(OperatorWorkKind.DEPLOYMENT,
                OperatorWorkStatus.SUCCEEDED, resource, null, null, null)).items()).singleElement().satisfies(item -> {
            assertThat(item.deploymentId()).isEqualTo(id);
            assertThat(item.finishedAt()).isNotNull();
        });
        // a synchronous one runs in the caller's thread and is no queue item
        String inline = appaloft.deployments().create(deploy(null)).id();
        assertThat(appaloft.operatorWork().list(new ListOperatorWorkInput(null, null, null, null, inline, null))
                .items()).isEmpty();
    }

    @Test
    void runtimeFailuresEndTheDeploymentWithTheirCodeAndRetryFlag() {
        runtime.prepareFailure = FakeRuntime.pullFailure();
        String id = appaloft.deployments().create(deploy(null)).id();
        DeploymentDetail shown = appaloft.deployments().show(id);
        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(shown.latestFailure().phase()).isEqualTo(DeploymentPhase.PACKAGE);
        assertThat(shown.latestFailure().message()).startsWith("image_pull_failed");
        assertThat(runtime.instances).isEmpty();
    }

    // compose stacks
    @Test
    void aComposeStackRunsItsFileWithTheRoutedServiceAndARollbackRunsTheFileAgain() {
        String stack = appaloft.resources().create(new CreateResourceInput(project, env, null, "stack", null, null, null,
                new SourceBinding(SourceBinding.Kind.DOCKER_COMPOSE_INLINE, "stack", null, null, null, null, null, null,
                        null, null, null, null, null, null, java.util.Map.of("content",
                        "services:\n  web:\n    image: local/web:1\n  cache:\n    image: redis:7-alpine\n")),
                null, new NetworkProfile(8080L, null, null, "web", null))).id();
        assertThat(appaloft.resources().show(stack).resource().kind()).isEqualTo(dev.appaloft.api.resources.ResourceKind.COMPOSE_STACK);
        String first = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, stack, null)).id();
        DeploymentDetail shown = appaloft.deployments().show(first);
        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("compose-deploy");
        assertThat(shown.deployment().runtimePlan().runtimeArtifact())
                .isEqualTo(new dev.appaloft.api.deployments.RuntimePlanView.Artifact("compose-project", "compose-project",
                        null, "docker-compose.yml"));
        assertThat(runtime.startedImages.values()).singleElement().asString().startsWith("compose-stack:web@")
                .endsWith("/docker-compose.yml");
        String second = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, stack, null)).id();
        String back = appaloft.deployments().rollback(new dev.appaloft.api.deployments.RollbackDeploymentInput(second, first,
                stack, null)).id();
        DeploymentDetail rolledBack = appaloft.deployments().show(back);
        assertThat(rolledBack.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(rolledBack.deployment().runtimePlan().buildStrategy()).as("a stack is run again, not an image")
                .isEqualTo("compose-deploy");
        assertThat(runtime.startedImages.values()).hasSize(3).allMatch(i -> i.startsWith("compose-stack:web@"));
    }

    @Test
    void admissionRefusesWhatTheUserMustFixFirst() {
        String bare = appaloft.resources().create(CreateResourceInput.named(project, env, "bare")).id();
        assertFails(() -> appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, bare, null)),
                ErrorCode.RESOURCE_SOURCE_MISSING);
        appaloft.resources().configureSource(new ConfigureSourceInput(bare,
                SourceBinding.of(SourceBinding.Kind.GIT_GITHUB_APP, "https://github.com/acme/a"), null));
        appaloft.resources().configureNetwork(new ConfigureNetworkInput(bare, NetworkProfile.port(80)));
        assertFails(() -> appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, bare, null)),
                ErrorCode.NOT_IMPLEMENTED);
        appaloft.resources().configureSource(new ConfigureSourceInput(bare,
                SourceBinding.of(SourceBinding.Kind.DOCKERFILE_INLINE, "no content"), null));
        assertFails(() -> appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, bare, null)),
                ErrorCode.VALIDATION_ERROR);
        appaloft.resources().configureSource(new ConfigureSourceInput(bare,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "a/b:1"), null));
        appaloft.resources().configureRuntime(new ConfigureRuntimeInput(bare,
                RuntimeProfile.strategy(RuntimeProfile.Strategy.DOCKER_COMPOSE), null));
        assertFails(() -> appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, bare, null)),
                ErrorCode.VALIDATION_ERROR); // an image is not a compose stack
        String cloud = appaloft.servers().create(new CreateServerInput("cloud", "10.0.0.1", "aliyun", null, null, null)).id();
        assertFails(() -> appaloft.deployments().create(new CreateDeploymentInput(project, cloud, null, env, resource, null)),
                ErrorCode.PROVIDER_NOT_CONFIGURED);
        appaloft.environments().lock(new LockEnvironmentInput(env, "freeze"));
        assertFails(() -> appaloft.deployments().create(deploy(null)), ErrorCode.ENVIRONMENT_LOCKED);
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count()).isZero();
    }

    @Test
    void anInterruptedDeploymentIsEndedWhenTheEngineStartsAgain() throws Exception {
        runtime.hold = new CountDownLatch(1);
        String id = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (appaloft.deployments().show(id).status().current() == DeploymentStatus.CREATED
                && System.nanoTime() < deadline) {
            Thread.sleep(20); // until this engine's worker has taken it
        }
        // the executor holds the lease: a second engine on the same store leaves it alone
        try (AppaloftEngine other = AppaloftEngine.builder().store(store, false)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime).build()) {
            assertThat(other.system().deployments().show(id).status().current().isTerminal()).isFalse();
        }
        assertThat(appaloft.deployments().show(id).status().current().isTerminal()).isFalse();
        runtime.hold.countDown();
    }

    @Test
    void aFailedDeploymentIsRetriedWithItsPlanAndAResourceIsRedeployedToItsServer() {
        runtime.prepareFailure = dev.appaloft.core.deployments.FakeRuntime.pullFailure();
        String failed = appaloft.deployments().create(deploy(null)).id();
        runtime.prepareFailure = null;
        String retried = appaloft.deployments().retry(new RetryDeploymentInput(failed, resource, null)).id();
        DeploymentDetail retry = appaloft.deployments().show(retried);
        assertThat(retry.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(retry.deployment().triggerKind()).isEqualTo("retry");
        assertThat(retry.deployment().sourceDeploymentId()).isEqualTo(failed);
        assertThat(retry.deployment().environmentSnapshot().id())
                .isEqualTo(appaloft.deployments().show(failed).deployment().environmentSnapshot().id());
        assertFails(() -> appaloft.deployments().retry(new RetryDeploymentInput(retried, null, null)),
                ErrorCode.DEPLOYMENT_NOT_RETRYABLE);

        String redeployed = appaloft.deployments().redeploy(new RedeployInput(resource, null, null, null, null, null, null)).id();
        DeploymentDetail redeploy = appaloft.deployments().show(redeployed);
        assertThat(redeploy.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(redeploy.deployment().triggerKind()).isEqualTo("redeploy");
        assertThat(redeploy.deployment().serverId()).isEqualTo(server);
        assertThat(runtime.instances).hasSize(1);

        String never = appaloft.resources().create(new CreateResourceInput(project, env, null, "never", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(80))).id();
        assertFails(() -> appaloft.deployments().redeploy(new RedeployInput(never, null, null, null, null, null, null)),
                ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void aRollbackRunsAnEarlierSuccessfulDeploymentAgain() {
        String good = appaloft.deployments().create(deploy(null)).id();
        appaloft.resources().configureSource(new ConfigureSourceInput(resource,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:2"), null));
        String newer = appaloft.deployments().create(deploy(null)).id();
        assertThat(appaloft.deployments().show(newer).deployment().runtimePlan().runtimeArtifact().image()).isEqualTo("local/app:2");

        String back = appaloft.deployments().rollback(new RollbackDeploymentInput(newer, good, resource, null)).id();
        DeploymentDetail rolledBack = appaloft.deployments().show(back);
        assertThat(rolledBack.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(rolledBack.deployment().triggerKind()).isEqualTo("rollback");
        assertThat(rolledBack.deployment().runtimePlan().runtimeArtifact().image()).isEqualTo("local/app:1");
        assertThat(runtime.instances).hasSize(1);
        assertFails(() -> appaloft.deployments().rollback(new RollbackDeploymentInput(back, back, null, null)),
                ErrorCode.DEPLOYMENT_ROLLBACK_NOT_ALLOWED);
    }
}

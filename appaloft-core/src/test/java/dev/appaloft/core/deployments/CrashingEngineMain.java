package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.deployments.RedeployInput;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A control plane that dies mid-deployment: it redeploys a resource on the real Docker engine and
 * halts the JVM (no shutdown hooks, no cleanup: what {@code kill -9} does) at the named step.
 * Run by {@link EngineCrashIT} in a separate JVM. Args: database file, resource id, step
 * ({@code packaged}, {@code candidate-started}, {@code verified}, {@code retiring-previous}), then
 * optionally project, environment and server ids: the deployment is then created detached.
 */
public final class CrashingEngineMain {

    static final int HALTED = 137;

    private CrashingEngineMain() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        String resource = args[1];
        String step = args[2];
        DeploymentRuntime docker = new DockerDeploymentRuntime(DockerEngine.connect());
        try (AppaloftEngine engine = EngineCrashIT.engineOn(database, new HaltAt(docker, step))) {
            if (args.length > 3) { // detached: a worker of this engine runs it from the queue
                engine.system().deployments().create(new CreateDeploymentInput(args[3], args[5], null, args[4],
                        resource, ExecutionMode.DETACHED));
                Thread.sleep(120_000);
            } else {
                engine.system().deployments().redeploy(new RedeployInput(resource, null, null, null, null, null, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(1); // reaching this means the step was never hit: the test fails on the exit code
    }

    /** Delegates to the real runtime and halts the process when the deployment reaches the step. */
    private record HaltAt(DeploymentRuntime delegate, String step) implements DeploymentRuntime {

        @Override
        public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
            Artifact artifact = delegate.prepare(request, log);
            haltIf("packaged");
            return artifact;
        }

        @Override
        public RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log) {
            RuntimeInstance started = delegate.startCandidate(request, log);
            haltIf("candidate-started");
            return started;
        }

        @Override
        public HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log) {
            HealthVerdict verdict = delegate.verify(candidate, policy, log);
            haltIf("verified");
            return verdict;
        }

        @Override
        public void retire(RuntimeInstance instance, RuntimeLog log) {
            haltIf("retiring-previous");
            delegate.retire(instance, log);
        }

        @Override
        public List<RuntimeInstance> find(Map<String, String> labels) {
            return delegate.find(labels);
        }

        @Override
        public java.util.Optional<dev.appaloft.api.runtime.InstanceStatus> inspect(RuntimeInstance instance) {
            return delegate.inspect(instance);
        }

        @Override
        public void stop(RuntimeInstance instance) {
            delegate.stop(instance);
        }

        @Override
        public RuntimeInstance start(RuntimeInstance instance) {
            return delegate.start(instance);
        }

        @Override
        public RuntimeInstance restart(RuntimeInstance instance) {
            return delegate.restart(instance);
        }

        @Override
        public HealthVerdict probe(RuntimeInstance instance, HealthCheck policy) {
            return delegate.probe(instance, policy);
        }

        @Override
        public List<dev.appaloft.api.runtime.InstanceLogLine> logs(RuntimeInstance instance, Integer tail,
                                                                   java.time.Instant since) {
            return delegate.logs(instance, tail, since);
        }

        @Override
        public dev.appaloft.api.runtime.LogFollower followLogs(RuntimeInstance instance, Integer tail, java.time.Instant since,
                java.util.function.Consumer<dev.appaloft.api.runtime.InstanceLogLine> sink) {
            return delegate.followLogs(instance, tail, since, sink);
        }

        @Override
        public List<String> images(Map<String, String> labels) {
            return delegate.images(labels);
        }

        @Override
        public void removeImage(String image, RuntimeLog log) {
            delegate.removeImage(image, log);
        }

        private void haltIf(String reached) {
            if (reached.equals(step)) {
                Runtime.getRuntime().halt(HALTED);
            }
        }
    }
}

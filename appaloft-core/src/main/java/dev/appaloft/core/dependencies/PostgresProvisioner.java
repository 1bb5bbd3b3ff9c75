package dev.appaloft.core.dependencies;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.dependencies.DependencyCapability;
import dev.appaloft.api.dependencies.DependencyResourceView.CapabilityReadback;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.runtime.RuntimeVolumes;
import dev.appaloft.api.runtime.VolumeMount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a managed database (Postgres, Redis; {@link DatabaseKinds} says how each starts) on a server: the image (used as it is when the engine has it, pulled
 * otherwise), a labelled data volume, a labelled container given the credentials through its
 * environment (the official image's POSTGRES_* variables, never a command line or a log), then
 * {@code pg_isready} inside it until it accepts connections, then the desired extensions. Anything
 * it made is removed again when a step fails.
 */
final class PostgresProvisioner {

    static final String LABEL = "appaloft.dependency-resource";
    static final int PORT = 5432;
    static final String DATA = "/var/lib/postgresql/data";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresProvisioner.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private final Duration readyTimeout;

    PostgresProvisioner(Duration readyTimeout) {
        this.readyTimeout = readyTimeout;
    }

    /** What the server holds once the database answers. */
    record Realized(RuntimeInstance instance, String volume, List<CapabilityReadback> readbacks, Instant readyAt) {
    }

    /** What to run: container and volume names, image, labels and the login. */
    record Plan(String container, String volume, String image, Map<String, String> labels, String user,
                String database, String password, List<DependencyCapability> capabilities,
                dev.appaloft.api.runtime.NetworkAttachment network, dev.appaloft.api.dependencies.DependencyKind kind) {

        /** A Postgres. */
        Plan(String container, String volume, String image, Map<String, String> labels, String user, String database,
             String password, List<DependencyCapability> capabilities, dev.appaloft.api.runtime.NetworkAttachment network) {
            this(container, volume, image, labels, user, database, password, capabilities, network,
                    dev.appaloft.api.dependencies.DependencyKind.POSTGRES);
        }

        @Override
        public String toString() {
            return "Plan[container=" + container + ", volume=" + volume + ", image=" + image + ", user=" + user
                    + ", database=" + database + ", network=" + (network == null ? null : network.name()) + "]";
        }
    }

    Realized provision(DeploymentRuntime runtime, Plan plan) {
        RuntimeLog log = (phase, level, message) -> LOG.info("{}: {}", plan.container(), message);
        runtime.prepare(ArtifactRequest.prebuilt(plan.image()), log);
        RuntimeVolumes volumes = runtime.volumes().orElseThrow(() -> new AppaloftException(
                ErrorCode.STORAGE_RUNTIME_UNSUPPORTED, "the server's runtime keeps no named volumes for the data"));
        boolean fresh = volumes.find(plan.volume()).isEmpty();
        volumes.ensure(plan.volume(), plan.labels());
        RuntimeInstance instance = null;
        try {
            DatabaseKinds.Launch launch = DatabaseKinds.launch(plan);
            instance = runtime.startCandidate(new CandidateRequest(plan.container(), plan.image(), launch.environment(),
                    launch.port(), null, plan.labels(), launch.command(),
                    List.of(VolumeMount.volume(plan.volume(), launch.dataPath(), false)), plan.network()), log);
            awaitReady(runtime, instance, plan, launch.probe());
            List<CapabilityReadback> readbacks = plan.kind() == dev.appaloft.api.dependencies.DependencyKind.POSTGRES
                    ? capabilities(runtime, instance, plan) : List.of();
            return new Realized(instance, plan.volume(), readbacks, Instant.now());
        } catch (RuntimeException e) {
            remove(runtime, instance, fresh ? plan.volume() : null, log);
            throw e;
        }
    }

    /** Removes the container and, when given, the data volume; what is already gone is fine. */
    static void remove(DeploymentRuntime runtime, RuntimeInstance instance, String volume, RuntimeLog log) {
        try {
            if (instance != null) {
                runtime.retire(instance, log);
            }
            if (volume != null) {
                runtime.volumes().ifPresent(v -> v.remove(volume));
            }
        } catch (RuntimeException cleanup) {
            LOG.warn("could not remove what a failed provisioning made ({}): {}", volume, cleanup.toString());
        }
    }

    private void awaitReady(DeploymentRuntime runtime, RuntimeInstance instance, Plan plan, List<String> probe) {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (true) {
            Optional<InstanceStatus> status = runtime.inspect(instance);
            if (status.isEmpty() || !status.get().running() && status.get().state() != InstanceStatus.State.STARTING) {
                throw failed("the database container stopped before it accepted connections"
                        + exit(status) + lastLines(runtime, instance));
            }
            if (status.get().running() && tryExec(runtime, instance, probe).map(CommandResult::succeeded).orElse(false)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw failed("the database did not accept connections within " + readyTimeout.toSeconds() + "s"
                        + lastLines(runtime, instance));
            }
            sleep();
        }
    }

    private List<CapabilityReadback> capabilities(DeploymentRuntime runtime, RuntimeInstance instance, Plan plan) {
        List<CapabilityReadback> out = new ArrayList<>();
        for (DependencyCapability c : plan.capabilities()) {
            boolean required = !Boolean.FALSE.equals(c.required());
            String checkedAt = dev.appaloft.api.common.Timestamps.format(Instant.now());
            // names are checked to be plain identifiers before they get here
            CommandResult available = psql(runtime, instance, plan,
                    "select coalesce(max(default_version), '') from pg_available_extensions where name = '" + c.name() + "'");
            String version = available.stdout().strip();
            if (!available.succeeded()) {
                out.add(new CapabilityReadback(c.type(), c.name(), required, "failed",
                        List.of("pg_available_extensions could not be read"), null, checkedAt));
            } else if (version.isEmpty()) {
                out.add(new CapabilityReadback(c.type(), c.name(), required, "unsupported",
                        List.of("pg_available_extensions has no " + c.name()), null, checkedAt));
            } else {
                CommandResult created = psql(runtime, instance, plan, "create extension if not exists \"" + c.name() + "\"");
                out.add(new CapabilityReadback(c.type(), c.name(), required, created.succeeded() ? "satisfied" : "failed",
                        List.of(created.succeeded() ? "create extension " + c.name() + " succeeded"
                                : "create extension " + c.name() + " failed: " + created.stderr().strip()),
                        version, checkedAt));
            }
        }
        return out;
    }

    private static CommandResult psql(DeploymentRuntime runtime, RuntimeInstance instance, Plan plan, String sql) {
        return runtime.exec(instance, List.of("psql", "-v", "ON_ERROR_STOP=1", "-qtA", "-U", plan.user(), "-d",
                plan.database(), "-c", sql), PROBE_TIMEOUT);
    }

    private static Optional<CommandResult> tryExec(DeploymentRuntime runtime, RuntimeInstance instance, List<String> cmd) {
        try {
            return Optional.of(runtime.exec(instance, cmd, PROBE_TIMEOUT));
        } catch (AppaloftException e) {
            return Optional.empty(); // e.g. the container is still starting
        }
    }

    private static String exit(Optional<InstanceStatus> status) {
        return status.map(InstanceStatus::exitCode).map(code -> " (exit code " + code + ")").orElse("");
    }

    // the entrypoint prints progress and errors, never the password (it takes it from a file)
    private static String lastLines(DeploymentRuntime runtime, RuntimeInstance instance) {
        try {
            List<String> lines = runtime.logs(instance, 5, null).stream().map(l -> l.text().strip()).toList();
            return lines.isEmpty() ? "" : "; it printed: " + String.join(" | ", lines);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static AppaloftException failed(String message) {
        return new AppaloftException(ErrorCode.DEPENDENCY_PROVISION_FAILED, message);
    }

    private static void sleep() {
        try {
            Thread.sleep(PROBE_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for the database");
        }
    }
}

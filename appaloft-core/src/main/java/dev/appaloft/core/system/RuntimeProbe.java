package dev.appaloft.core.system;

import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.DiskUsage;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.system.ConfigurationDiagnostic;
import dev.appaloft.api.system.ExtensionConfiguration;
import dev.appaloft.api.system.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The doctor's check of a local runtime: its host is read (the Docker engine, the disks) within a
 * few seconds; what fails becomes the provider's diagnostics, each with the remedy in its message.
 */
final class RuntimeProbe {

    private static final long TIMEOUT_SECONDS = 8;
    private static final double DISK_WARNING_PERCENT = 90;

    private RuntimeProbe() {
    }

    static Provider probed(Provider provider, DeploymentRuntime runtime) {
        if (runtime.capacity().isEmpty()) {
            return provider;
        }
        List<ConfigurationDiagnostic> found = new ArrayList<>();
        try {
            HostCapacity host = CompletableFuture.supplyAsync(() -> runtime.capacity().get().inspect())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (CapacityProblem p : host.problems()) {
                found.add(problem(p));
            }
            for (DiskUsage d : host.disks()) {
                if (d.usePercent() >= DISK_WARNING_PERCENT) {
                    found.add(ConfigurationDiagnostic.of("disk-nearly-full", "warning", d.path() + " is "
                            + Math.round(d.usePercent()) + "% full; free space with servers.capacity.prune or grow the"
                            + " disk"));
                }
            }
            if (host.engine() != null && found.isEmpty()) {
                found.add(ConfigurationDiagnostic.of("docker-engine-ready", "info", "Docker " + host.engine().version()
                        + " answers"));
            }
        } catch (TimeoutException e) {
            found.add(ConfigurationDiagnostic.of("runtime-probe-timeout", "error", "the host did not answer within "
                    + TIMEOUT_SECONDS + " s; check that the Docker engine runs and is not overloaded"));
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            found.add(ConfigurationDiagnostic.of("runtime-probe-failed", "error", "the host could not be read ("
                    + cause.getMessage() + "); check that the Docker engine runs and its socket is readable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean failing = found.stream().anyMatch(d -> !d.severity().equals("info"));
        return new Provider(provider.key(), provider.title(), provider.category(), provider.capabilities(),
                provider.capabilityDetails(), new ExtensionConfiguration(failing ? "partial" : "configured", found));
    }

    private static ConfigurationDiagnostic problem(CapacityProblem p) {
        String remedy = switch (p.kind()) {
            case DOCKER_UNAVAILABLE -> "; start the Docker engine (systemctl start docker) or make its socket readable";
            case TIMEOUT -> "; the host is slow to answer: check its load";
            case PARTIAL_DIAGNOSTIC -> "";
        };
        String severity = p.kind() == CapacityProblem.Kind.PARTIAL_DIAGNOSTIC ? "warning" : "error";
        return ConfigurationDiagnostic.of(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), severity,
                p.message() + remedy);
    }
}

package dev.appaloft.runtime.docker.compose;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.ComposeStack;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.runtime.docker.ContainerDetails;
import dev.appaloft.runtime.docker.ContainerSummary;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.LogLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compose stacks on this host's Docker engine. The Compose CLI validates, builds and starts a
 * stack ({@code -p <project> -f theirs -f ours up -d --build}); one project per deployment (its
 * name is the candidate's name, so the new stack runs beside the old one during the switch). What
 * it starts is then handled like any container by its labels: Compose labels each container with
 * its project and service, so the stack is found, stopped, started, logged and removed through the
 * engine's API with no compose file needed later (the file of a deployment is gone once it ended).
 * An instance of a stack is {@code compose:<project>}; its host port is the routed service's.
 */
public final class ComposeStacks {

    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    /** On each service: whether it is the one the edge proxy routes to. */
    static final String LABEL_TARGET = "appaloft.compose.target";
    static final String ID_PREFIX = "compose:";
    /** The engine's label naming the resource (its stacks share their named volumes). */
    static final String RESOURCE_LABEL = "appaloft.resource";
    public static final ErrorCode COMPOSE_FILE_REJECTED = new ErrorCode("compose_file_rejected", 422, false);
    public static final ErrorCode COMPOSE_UP_FAILED = new ErrorCode("compose_up_failed", 502, true);
    public static final ErrorCode COMPOSE_SERVICE_FAILED = new ErrorCode("compose_service_failed", 502, false);
    private static final Duration CONFIG_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);
    /** How long the services are watched after {@code up} for one that exits at once. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    static final int LAST_LINES = 20;

    private final DockerEngine engine;
    private final ComposeCommands commands;
    private volatile ComposeCli cli;

    public ComposeStacks(DockerEngine engine, ComposeCommands commands) {
        this.engine = engine;
        this.commands = commands;
    }

    /** Compose stacks of this host's engine, their CLI run through Commons Exec. */
    public static ComposeStacks local(DockerEngine engine) {
        String host = engine.host();
        return new ComposeStacks(engine, new LocalComposeCommands(host == null || host.isBlank() ? null : host));
    }

    public static boolean owns(RuntimeInstance instance) {
        return instance != null && instance.id().startsWith(ID_PREFIX);
    }

    public static boolean isStack(String image) {
        return ComposeStack.isReference(image);
    }

    static String project(RuntimeInstance instance) {
        return instance.id().substring(ID_PREFIX.length());
    }

    /** A project name the Compose CLI keeps as it is: lower case letters, digits, '-' and '_'. */
    static String projectName(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return cleaned.isEmpty() || !Character.isLetterOrDigit(cleaned.charAt(0)) ? "s" + cleaned : cleaned;
    }

    private ComposeCli cli(RuntimeLog log) {
        ComposeCli known = cli;
        if (known == null) {
            known = ComposeCli.detect(commands);
            cli = known;
            log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "Compose CLI: " + String.join(" ", known.base())
                    + " (" + known.version() + ")");
        }
        return known;
    }

    /** The package step: the Compose CLI checks the file as it will run it (images are built by {@code up}). */
    public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
        ComposeStack stack = ComposeStack.parse(request.image());
        ComposeCli compose = cli(log);
        Path file = stack.directory().resolve(stack.composeFile());
        ComposeCommands.Result checked = commands.run(compose.command(null, List.of(file.toString()), "config", "-q"),
                Map.of(), stack.directory(), CONFIG_TIMEOUT, line -> log.write(DeploymentPhase.PACKAGE,
                        RuntimeLog.Level.WARN, line));
        if (!checked.ok()) {
            throw new AppaloftException(COMPOSE_FILE_REJECTED, "the Compose CLI rejected " + stack.composeFile() + ": "
                    + String.join(" | ", checked.tail()));
        }
        log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "the Compose CLI accepts " + stack.composeFile()
                + "; its images are built when the stack starts");
        return new Artifact(request.image(), false);
    }

    /**
     * Starts the stack as a new project and waits a moment for a service that exits at once; a
     * failure removes what was started and names the service with its last lines.
     */
    public RuntimeInstance start(CandidateRequest request, RuntimeLog log) {
        ComposeStack stack = ComposeStack.parse(request.image());
        if (!request.mounts().isEmpty()) {
            throw new AppaloftException(ErrorCode.RUNTIME_TARGET_UNSUPPORTED, "storage attachments are not mounted "
                    + "into compose stacks; declare the volumes in the compose file");
        }
        ComposeCli compose = cli(log);
        String project = projectName(request.name());
        Path file = stack.directory().resolve(stack.composeFile());
        List<String> services = list(compose, file, stack.directory(), "--services");
        List<String> volumes = list(compose, file, stack.directory(), "--volumes");
        String resource = request.labels().get(RESOURCE_LABEL);
        String volumePrefix = resource == null ? null : "appaloft-" + resource.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]", "-");
        if (!services.contains(stack.targetService())) {
            throw new AppaloftException(COMPOSE_FILE_REJECTED, "the compose file declares no service '"
                    + stack.targetService() + "' (it declares " + String.join(", ", services) + ")");
        }
        Path overrideDir = null;
        try {
            overrideDir = Files.createTempDirectory("appaloft-compose-");
            Path override = overrideDir.resolve("appaloft.override.yml");
            Files.writeString(override, ComposeOverride.render(services, stack.targetService(), request.internalPort(),
                    request.labels(), request.environment().keySet(), volumes, volumePrefix));
            if (volumePrefix != null && !volumes.isEmpty() && !commands.run(compose.command(null, List.of(file.toString(),
                    override.toString()), "config", "-q"), Map.of(), stack.directory(), CONFIG_TIMEOUT, line -> { }).ok()) {
                // older file formats (version 3.0 to 3.3 with docker-compose 1.x) cannot name a volume
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "this compose file's format cannot name its "
                        + "volumes; each deployment gets volumes of its own (use version 3.4 or later, or no version)");
                Files.writeString(override, ComposeOverride.render(services, stack.targetService(),
                        request.internalPort(), request.labels(), request.environment().keySet()));
            }
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "starting the stack as project " + project
                    + " (services " + String.join(", ", services) + "; " + request.environment().size()
                    + " environment variables for each)");
            ComposeCommands.Result up = commands.run(compose.command(project, List.of(file.toString(),
                    override.toString()), "up", "-d", "--build", "--remove-orphans"),
                    ComposeOverride.processEnvironment(request.environment()),
                    stack.directory(), UP_TIMEOUT, line -> log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, line));
            if (!up.ok()) {
                AppaloftException failure = failedService(project).orElseGet(() -> new AppaloftException(COMPOSE_UP_FAILED,
                        "the stack did not start: " + String.join(" | ", up.tail())));
                throw failure;
            }
            settle(project);
            ContainerSummary target = containers(project).stream()
                    .filter(c -> stack.targetService().equals(c.labels().get(SERVICE))).findFirst()
                    .orElseThrow(() -> new AppaloftException(COMPOSE_UP_FAILED, "the stack started no "
                            + stack.targetService() + " container"));
            Integer hostPort = engine.containers().find(target.id())
                    .flatMap(d -> d.publishedPorts().values().stream().findFirst()).orElse(null);
            return new RuntimeInstance(ID_PREFIX + project, project, hostPort, true, request.labels());
        } catch (IOException e) {
            remove(project, log);
            throw new UncheckedIOException("could not write the stack's override file", e);
        } catch (RuntimeException e) {
            remove(project, log); // the engine retires only candidates it was given back
            throw e;
        } finally {
            deleteQuietly(overrideDir);
        }
    }

    // the file's services or named volumes, as the Compose CLI reads it
    private List<String> list(ComposeCli compose, Path file, Path directory, String what) {
        List<String> names = new ArrayList<>();
        ComposeCommands.Result listed = commands.run(compose.command(null, List.of(file.toString()), "config",
                what), Map.of(), directory, CONFIG_TIMEOUT, line -> {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                });
        if (!listed.ok()) {
            throw new AppaloftException(COMPOSE_FILE_REJECTED, "the Compose CLI rejected the compose file: "
                    + String.join(" | ", listed.tail()));
        }
        return names;
    }

    // a service that exits at once (a bad command, a missing file) is seen here rather than never
    private void settle(String project) {
        long until = System.nanoTime() + SETTLE.toNanos();
        do {
            Optional<AppaloftException> failed = failedService(project);
            if (failed.isPresent()) {
                throw failed.get();
            }
            sleep(Duration.ofMillis(250));
        } while (System.nanoTime() < until);
    }

    /**
     * The first service of the project that is not running as it should: exited with a non-zero
     * code, restarting, or dead. A one-off service that exited 0 (a migration) is fine.
     */
    Optional<AppaloftException> failedService(String project) {
        for (ContainerSummary c : containers(project)) {
            Optional<ContainerDetails> details = engine.containers().find(c.id());
            if (details.isEmpty()) {
                continue;
            }
            ContainerDetails d = details.get();
            boolean failed = "restarting".equals(d.status()) || "dead".equals(d.status())
                    || "exited".equals(d.status()) && d.exitCode() != 0 || d.restartCount() > 0;
            if (failed) {
                String service = c.labels().getOrDefault(SERVICE, c.name());
                List<String> last = lastLines(c.id());
                return Optional.of(new AppaloftException(COMPOSE_SERVICE_FAILED, "service " + service + " of the stack "
                        + (d.running() ? "keeps restarting" : "exited with code " + d.exitCode())
                        + (last.isEmpty() ? " and wrote nothing" : "; its last lines: " + String.join(" | ", last)),
                        List.of(), Map.of("service", service, "outputTail", String.join("\n", last)), null));
            }
        }
        return Optional.empty();
    }

    private List<String> lastLines(String container) {
        try {
            return engine.logs().tail(container, LAST_LINES).stream().map(LogLine::text).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** After the routed service passed its health check: every other service must still run. */
    public HealthVerdict checkServices(RuntimeInstance candidate, HealthVerdict verdict) {
        return failedService(project(candidate)).map(f -> new HealthVerdict(false, verdict.attempts(),
                verdict.lastStatus(), f.getMessage(), verdict.elapsed())).orElse(verdict);
    }

    /** Stops and removes the project's containers and networks (named volumes stay: the resource's next stack uses them). */
    public void retire(RuntimeInstance instance, RuntimeLog log) {
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "retiring the stack " + instance.name());
        remove(project(instance), log);
    }

    private void remove(String project, RuntimeLog log) {
        java.util.Set<String> built = new java.util.TreeSet<>();
        for (ContainerSummary c : containers(project)) {
            // images Compose built for this project are named after it (project_service, or project-service)
            if (c.image() != null && (c.image().startsWith(project + "_") || c.image().startsWith(project + "-"))) {
                built.add(c.image());
            }
            try {
                engine.containers().stop(c.id(), STOP_TIMEOUT);
            } catch (RuntimeException ignored) {
                // already stopped or gone; the removal below decides
            }
            engine.containers().remove(c.id());
        }
        for (String network : engine.networks().namesByLabels(Map.of(PROJECT, project))) {
            if (!engine.networks().remove(network)) {
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "the network " + network + " was kept");
            }
        }
        for (String image : built) {
            try {
                engine.images().remove(image, false);
            } catch (RuntimeException e) {
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.DEBUG, "kept the image " + image + ": " + e.getMessage());
            }
        }
    }

    List<ContainerSummary> containers(String project) {
        return engine.containers().listByLabels(Map.of(PROJECT, project));
    }

    /**
     * A listing with each compose project's containers folded into one instance of the stack
     * (its host port the routed service's); other containers are left as they are.
     */
    public List<RuntimeInstance> fold(List<ContainerSummary> containers, java.util.function.Function<ContainerSummary,
            RuntimeInstance> single) {
        Map<String, List<ContainerSummary>> stacks = new LinkedHashMap<>();
        List<RuntimeInstance> found = new ArrayList<>();
        for (ContainerSummary c : containers) {
            String project = c.labels().get(PROJECT);
            if (project == null) {
                found.add(single.apply(c));
            } else {
                stacks.computeIfAbsent(project, k -> new ArrayList<>()).add(c);
            }
        }
        stacks.forEach((project, members) -> {
            ContainerSummary target = members.stream().filter(c -> "true".equals(c.labels().get(LABEL_TARGET)))
                    .findFirst().orElse(members.get(0));
            RuntimeInstance routed = single.apply(target);
            Map<String, String> labels = new LinkedHashMap<>(target.labels());
            labels.keySet().removeIf(k -> k.startsWith("com.docker.compose."));
            found.add(new RuntimeInstance(ID_PREFIX + project, project, routed.hostPort(), routed.running(), labels));
        });
        return found;
    }

    /** The routed service's container, for what is asked of the stack as a whole (status, logs, exec). */
    public Optional<String> targetContainer(RuntimeInstance instance) {
        List<ContainerSummary> members = containers(project(instance));
        return members.stream().filter(c -> "true".equals(c.labels().get(LABEL_TARGET))).findFirst()
                .or(() -> members.stream().findFirst()).map(ContainerSummary::id);
    }

    /** Every service's container of the stack. */
    public List<String> memberContainers(RuntimeInstance instance) {
        return containers(project(instance)).stream().map(ContainerSummary::id).toList();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder without secrets; the OS cleans it
        }
    }
}

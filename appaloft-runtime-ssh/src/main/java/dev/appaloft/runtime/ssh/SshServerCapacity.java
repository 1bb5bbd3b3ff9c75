package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.HostFacts;
import dev.appaloft.api.runtime.capacity.HostFactsScript;
import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import dev.appaloft.api.runtime.capacity.Removal;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The capacity of a server reached over SSH, read with the shared read-only {@link HostFactsScript}
 * ({@code df -P}, {@code /proc/meminfo}, {@code nproc}, {@code /proc/loadavg}, {@code docker
 * version}, {@code docker system df}) in one round trip, and with the docker CLI there for the
 * labelled containers ({@code docker ps}, {@code docker container inspect --size}) and untagged
 * images. Removals are {@code docker rm} and {@code docker rmi} without {@code --force} (and
 * without {@code -v}: volumes stay), so the server's engine itself refuses a running container or
 * an image still in use.
 */
final class SshServerCapacity implements ServerCapacity {

    static final ErrorCode CAPACITY_FAILED = new ErrorCode("ssh_execution_failed", 502, true);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration HOST_ONLY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final RemoteDocker docker;

    SshServerCapacity(RemoteDocker docker) {
        this.docker = docker;
    }

    @Override
    public HostCapacity inspect() {
        try {
            return HostFacts.read(script(HostFactsScript.render(List.of("/"), true), SCRIPT_TIMEOUT), null, false);
        } catch (AppaloftException e) {
            if (!e.code().equals(SshErrors.COMMAND_TIMEOUT)) {
                throw e;
            }
        }
        // docker system df can take long on a busy engine: the host's own facts still count
        HostCapacity host = HostFacts.read(script(HostFactsScript.render(List.of("/"), false), HOST_ONLY_TIMEOUT),
                null, false);
        List<CapacityProblem> problems = new ArrayList<>(host.problems());
        problems.add(new CapacityProblem(CapacityProblem.Kind.TIMEOUT, CapacityProblem.Area.DOCKER, "the Docker"
                + " reading did not end within " + SCRIPT_TIMEOUT.toSeconds() + " s; Docker is left out"));
        return new HostCapacity(host.disks(), host.inodes(), host.memory(), host.cpu(), null, problems, false);
    }

    private String script(String script, Duration timeout) {
        return docker.connections().run(docker.serverKey(), docker.target(), script, timeout).stdout();
    }

    @Override
    public List<ManagedContainer> containers(String labelKey) {
        String listed = docker.require(CAPACITY_FAILED, "docker ps", List.of("ps", "--all", "--no-trunc", "--filter",
                "label=" + labelKey, "--format", "{{.ID}}\t{{.Status}}"), RemoteIo.NONE, COMMAND_TIMEOUT).stdout();
        Map<String, String> statuses = RemoteCapacityJson.statuses(listed);
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of("container", "inspect", "--size"));
        args.addAll(statuses.keySet());
        ExecResult inspected = docker.run(args, RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!inspected.succeeded() && inspected.stdout().isBlank()) {
            throw RemoteDocker.failure(CAPACITY_FAILED, "docker container inspect", inspected);
        }
        try {
            return RemoteCapacityJson.containers(inspected.stdout(), statuses);
        } catch (IOException e) {
            throw new AppaloftException(CAPACITY_FAILED, "docker container inspect on the server printed no JSON");
        }
    }

    /** {@code docker ps} for the running labelled containers, then one {@code docker stats --no-stream} for all. */
    @Override
    public java.util.Optional<List<dev.appaloft.api.runtime.capacity.ContainerStats>> containerStats(String labelKey,
            java.util.function.Predicate<Map<String, String>> wanted) {
        String listed = docker.require(CAPACITY_FAILED, "docker ps", List.of("ps", "--no-trunc", "--filter",
                "label=" + labelKey, "--format", "{{.ID}}\t{{json .Labels}}"), RemoteIo.NONE, COMMAND_TIMEOUT).stdout();
        Map<String, Map<String, String>> labels = new java.util.LinkedHashMap<>();
        for (String line : listed.split("\n")) {
            String[] parts = line.strip().split("\t", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                Map<String, String> own = RemoteCapacityJson.labelList(parts[1]);
                if (wanted.test(own)) {
                    labels.put(parts[0], own);
                }
            }
        }
        if (labels.isEmpty()) {
            return java.util.Optional.of(List.of());
        }
        List<String> args = new ArrayList<>(List.of("stats", "--no-stream", "--no-trunc", "--format", "{{json .}}"));
        args.addAll(labels.keySet());
        ExecResult stats = docker.run(args, RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!stats.succeeded() && stats.stdout().isBlank()) {
            throw RemoteDocker.failure(CAPACITY_FAILED, "docker stats", stats);
        }
        try {
            return java.util.Optional.of(RemoteContainerStats.parse(stats.stdout(), labels));
        } catch (IOException e) {
            throw new AppaloftException(CAPACITY_FAILED, "docker stats on the server printed no JSON");
        }
    }

    @Override
    public List<ManagedImage> danglingImages(String labelKey) {
        String ids = docker.require(CAPACITY_FAILED, "docker image ls", List.of("image", "ls", "--quiet", "--no-trunc",
                "--filter", "dangling=true", "--filter", "label=" + labelKey), RemoteIo.NONE, COMMAND_TIMEOUT)
                .stdout().strip();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of("image", "inspect"));
        new java.util.LinkedHashSet<>(List.of(ids.split("\\s+"))).forEach(args::add);
        ExecResult inspected = docker.run(args, RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!inspected.succeeded() && inspected.stdout().isBlank()) {
            throw RemoteDocker.failure(CAPACITY_FAILED, "docker image inspect", inspected);
        }
        try {
            return RemoteCapacityJson.images(inspected.stdout());
        } catch (IOException e) {
            throw new AppaloftException(CAPACITY_FAILED, "docker image inspect on the server printed no JSON");
        }
    }

    @Override
    public Removal removeStoppedContainer(String containerId) {
        return removal(docker.run(List.of("rm", containerId), RemoteIo.NONE, COMMAND_TIMEOUT));
    }

    @Override
    public Removal removeUnusedImage(String imageId) {
        return removal(docker.run(List.of("rmi", imageId), RemoteIo.NONE, COMMAND_TIMEOUT));
    }

    private static Removal removal(ExecResult result) {
        if (result.succeeded()) {
            return Removal.removed();
        }
        String why = result.stderr().isBlank() ? result.stdout() : result.stderr();
        if (why.contains("No such container") || why.contains("No such image")) {
            return Removal.alreadyGone();
        }
        if (why.contains("Cannot connect to the Docker daemon")) {
            throw RemoteDocker.failure(RemoteDocker.DOCKER_UNAVAILABLE, "docker", result);
        }
        String[] lines = why.strip().split("\n");
        return Removal.refused(lines[lines.length - 1]);
    }
}

package dev.appaloft.core.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.capacity.CapacityWarning;
import dev.appaloft.api.servers.capacity.PruneCategory;
import dev.appaloft.api.servers.capacity.PruneServerCapacityInput;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned.Candidate;
import dev.appaloft.api.servers.capacity.ServerCapacityReport;
import dev.appaloft.core.AppaloftEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Capacity against a real machine, whichever way it is reached (the subclass says: this host's
 * engine, or the docker CLI over a real sshd). Real deployments leave what a prune looks at: a
 * rollback candidate (an earlier success) and the running instance. What a crash would have left
 * is made with the docker CLI: a stopped container and an untagged image of a failed deployment,
 * an untagged image of the rollback candidate, and a stopped container that is not Appaloft's.
 * A dry run lists ours and leaves it; a real run removes it, and leaves the stranger, the rollback
 * candidate's images and the running instance alone.
 */
public abstract class RealCapacityScenarios {

    protected static final String RUN = "cap" + UUID.randomUUID().toString().substring(0, 8);
    /** On everything a test makes by hand, for the clean-up. */
    protected static final String TEST_LABEL = "appaloft.test=" + RUN;
    static final String APP = "FROM local/busybox:1\nRUN mkdir -p /www && echo capacity > /www/index.html\n"
            + "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait\"]\n";

    protected abstract AppaloftEngine engine();

    /** The server the scenario runs against (registered in the engine). */
    protected abstract String server();

    protected abstract Path workDirectory();

    @Test
    void inspectReadsTheMachineAndAPruneRemovesOnlyWhatIsSafe() throws Exception {
        Appaloft.Session appaloft = engine().system();
        String project = appaloft.projects().create(CreateProjectInput.named("capacity-" + RUN)).id();
        String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "app-" + RUN, null,
                null, null, inline(APP), null, NetworkProfile.port(8080))).id();
        String broken = appaloft.resources().create(new CreateResourceInput(project, env, null, "broken-" + RUN, null,
                null, null, inline("FROM local/busybox:1\nRUN exit 3\n"), null, NetworkProfile.port(8080))).id();
        List<String> resources = List.of(resource, broken);
        try {
            String older = deploy(appaloft, project, env, resource, DeploymentStatus.SUCCEEDED);
            String current = deploy(appaloft, project, env, resource, DeploymentStatus.SUCCEEDED);
            String failed = deploy(appaloft, project, env, broken, DeploymentStatus.FAILED);
            String olderImage = appaloft.deployments().show(older).deployment().runtimePlan().runtimeArtifact().image();

            // what a crash would have left: a stopped container and an untagged image of the failed deployment
            String leftover = docker("create", "--label", "appaloft.deployment=" + failed, "--label",
                    "appaloft.resource=" + broken, "--label", TEST_LABEL, "local/busybox:1", "true").strip();
            String leftoverImage = untaggedImage(failed, broken);
            String candidateImage = untaggedImage(older, resource);
            String stranger = docker("create", "--label", TEST_LABEL, "--label", "purpose=not-appaloft",
                    "local/busybox:1", "true").strip();
            Path workspace = workspace(failed);
            Instant before = Instant.now().plusSeconds(60);

            ServerCapacityReport report = appaloft.servers().inspectCapacity(server());
            assertThat(report.disk()).as(report.toString()).isNotEmpty();
            assertThat(report.disk().get(0).size()).isPositive();
            assertThat(report.inodes()).isNotEmpty();
            assertThat(report.memory().total()).isPositive();
            assertThat(report.cpu().logicalCores()).isPositive();
            assertThat(report.cpu().loadAverage1m()).isNotNull();
            assertThat(report.engine().version()).isNotBlank();
            assertThat(report.engine().images()).isPositive();
            assertThat(report.docker().imagesSize()).isPositive();
            assertThat(report.appaloftRuntime().runtimeRoot().detectable()).isTrue();
            assertThat(report.warnings()).extracting(CapacityWarning::code).doesNotContain("docker-unavailable",
                    "partial-diagnostic", "timeout");
            Map<String, ServerCapacityReport.AppaloftContainer> containers = report.appaloftContainers().stream()
                    .filter(c -> c.deploymentId() != null).collect(Collectors.toMap(
                            ServerCapacityReport.AppaloftContainer::deploymentId, c -> c, (a, b) -> a));
            assertThat(containers.get(current).running()).isTrue();
            assertThat(containers.get(current).resourceId()).isEqualTo(resource);
            assertThat(containers.get(failed).running()).isFalse();
            assertThat(containers.get(failed).writableBytes()).isNotNull();
            assertThat(report.appaloftContainers()).extracting(ServerCapacityReport.AppaloftContainer::id)
                    .doesNotContain(stranger);
            assertThat(report.appaloftWorkspaces()).extracting(ServerCapacityReport.AppaloftWorkspace::deploymentId)
                    .contains(failed);
            assertThat(report.safeReclaimableEstimate().danglingImagesSize()).isPositive();
            assertThat(exists(leftover)).as("inspect changes nothing").isTrue();

            PruneServerCapacityInput dryRun = PruneServerCapacityInput.dryRun(server(), before,
                    PruneCategory.STOPPED_CONTAINERS, PruneCategory.UNUSED_IMAGES, PruneCategory.SOURCE_WORKSPACES);
            ServerCapacityPruned preview = appaloft.servers().pruneCapacity(dryRun);
            Map<String, Candidate> listed = candidates(preview);
            assertThat(listed).as(preview.toString()).containsKeys(leftover, leftoverImage, failed, candidateImage);
            assertThat(listed.get(leftover).action()).isEqualTo("matched");
            assertThat(listed.get(leftoverImage).action()).isEqualTo("matched");
            assertThat(listed.get(failed).action()).isEqualTo("matched");
            assertThat(listed.get(candidateImage).skippedReason()).isEqualTo("rollback-candidate");
            assertThat(listed).doesNotContainKey(stranger);
            assertThat(exists(leftover)).as("a dry run leaves it").isTrue();
            assertThat(exists(leftoverImage)).isTrue();
            assertThat(Files.exists(workspace)).isTrue();

            ServerCapacityPruned pruned = appaloft.servers().pruneCapacity(new PruneServerCapacityInput(server(),
                    before.toString(), dryRun.categories(), false));
            Map<String, Candidate> done = candidates(pruned);
            assertThat(done.get(leftover).action()).as(pruned.toString()).isEqualTo("pruned");
            assertThat(done.get(leftoverImage).action()).isEqualTo("pruned");
            assertThat(pruned.summary().prunedCount()).isGreaterThanOrEqualTo(3);
            assertThat(exists(leftover)).as("our stopped container is gone").isFalse();
            assertThat(exists(leftoverImage)).isFalse();
            assertThat(Files.exists(workspace)).isFalse();
            assertThat(exists(stranger)).as("a stopped container that is not Appaloft's stays").isTrue();
            assertThat(exists(candidateImage)).as("the rollback candidate's untagged image stays").isTrue();
            assertThat(exists(olderImage)).as("the rollback candidate's image stays").isTrue();
            assertThat(docker("inspect", "--format", "{{.State.Running}}", containerOf(appaloft, current)).strip())
                    .as("the running instance is untouched").isEqualTo("true");
        } finally {
            cleanUp(resources);
        }
    }

    private static SourceBinding inline(String dockerfile) {
        return new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of("content", dockerfile));
    }

    private String deploy(Appaloft.Session appaloft, String project, String env, String resource,
                          DeploymentStatus expected) {
        String id = appaloft.deployments().create(new CreateDeploymentInput(project, server(), null, env, resource,
                null)).id();
        assertThat(appaloft.deployments().show(id).status().current()).as(appaloft.deployments().logs(id).toString())
                .isEqualTo(expected);
        return id;
    }

    private static String containerOf(Appaloft.Session appaloft, String deployment) {
        return appaloft.deployments().show(deployment).deployment().runtimePlan().execution().metadata().get("containerName");
    }

    /** An untagged image carrying a deployment's labels, as a rebuilt tag leaves the older build. */
    private static String untaggedImage(String deployment, String resource) throws Exception {
        String dockerfile = "FROM local/busybox:1\nRUN echo " + UUID.randomUUID() + " > /marker\n";
        return dockerWithInput(dockerfile, "build", "--quiet", "--label", "appaloft.deployment=" + deployment, "--label",
                "appaloft.resource=" + resource, "--label", TEST_LABEL, "-").strip();
    }

    private Path workspace(String deployment) throws IOException {
        Path folder = Files.createDirectories(workDirectory().resolve(deployment).resolve("source"));
        Files.writeString(folder.resolve("Dockerfile"), APP);
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : List.of(folder.resolve("Dockerfile"), folder, folder.getParent())) {
            Files.setLastModifiedTime(p, old);
        }
        return folder.getParent();
    }

    private static Map<String, Candidate> candidates(ServerCapacityPruned pruned) {
        return pruned.candidates().stream().collect(Collectors.toMap(Candidate::id, c -> c, (a, b) -> a));
    }

    private static boolean exists(String object) throws Exception {
        return run(null, List.of("docker", "inspect", object)).exit == 0;
    }

    protected static String docker(String... args) throws Exception {
        return dockerWithInput(null, args);
    }

    private static String dockerWithInput(String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Result result = run(input, command);
        assertThat(result.exit).as("%s: %s", command, result.output).isZero();
        return result.output;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String input, List<String> command) throws Exception {
        // stdout only: the CLI prints notices (the legacy builder's deprecation) on stderr
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** Removes what the scenario made: its resources' containers and images, and what carries the test label. */
    protected static void cleanUp(List<String> resources) throws Exception {
        StringBuilder script = new StringBuilder("docker ps -aq --filter label=" + TEST_LABEL + " | xargs -r docker rm -f;");
        for (String resource : resources) {
            script.append(" docker ps -aq --filter label=appaloft.resource=").append(resource)
                    .append(" | xargs -r docker rm -f;");
            script.append(" docker image ls -q --filter label=appaloft.resource=").append(resource)
                    .append(" | sort -u | xargs -r docker rmi -f;");
        }
        script.append(" docker image ls -q --filter label=" + TEST_LABEL + " | sort -u | xargs -r docker rmi -f; true");
        new ProcessBuilder("sh", "-c", script.toString()).inheritIO().start().waitFor(120, TimeUnit.SECONDS);
    }
}

package dev.appaloft.samples.bench;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.ContainerSpec;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.HttpProbe;
import dev.appaloft.runtime.docker.ImageBuild;
import dev.appaloft.runtime.docker.StartedContainer;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Deploy latency on this host's Docker engine: a prebuilt image with a tiny HTTP app, from
 * {@code deployments.create} to {@code succeeded} (health verified), against the bare baseline of
 * {@code docker run} plus the first successful HTTP probe, in one run. Prints both medians and
 * their ratio. Run: {@code bash bench/deploy-latency.sh [repetitions]}.
 */
public final class DeployLatencyBench {

    private static final String IMAGE = "appaloft-bench/http:1";
    private static final Map<String, String> LABELS = Map.of("appaloft.bench", "deploy-latency");

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path work = Files.createTempDirectory("appaloft-bench");
        try (DockerEngine docker = DockerEngine.connect()) {
            buildImage(docker, work);
            List<Long> baseline = new ArrayList<>();
            List<Long> engine = new ArrayList<>();
            try (AppaloftEngine appaloft = AppaloftEngine.builder()
                    .store(JdbcStore.sqlite(work.resolve("appaloft.db"), Clock.systemUTC()))
                    .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey()))
                    .runtime("local-shell", new DockerDeploymentRuntime(docker))
                    .build()) {
                Appaloft.Session session = appaloft.system();
                String project = session.projects().create(CreateProjectInput.named("bench")).id();
                String env = session.environments().create(new CreateEnvironmentInput(project, "bench",
                        EnvironmentKind.TEST, null)).id();
                String server = session.servers().create(CreateServerInput.localShell("this host")).id();
                for (int i = 0; i < repetitions + 1; i++) {
                    long b = baselineOnce(docker, i);
                    long e = deployOnce(session, project, env, server, i);
                    if (i > 0) { // the first round warms the JIT and the engine's caches
                        baseline.add(b);
                        engine.add(e);
                    }
                    System.out.printf("round %2d: docker run + probe %5d ms, deployments.create %5d ms%n", i, b, e);
                }
            } finally {
                docker.containers().listByLabels(Map.of("appaloft.project", "")).stream()
                        .filter(c -> c.name().contains("bench-"))
                        .forEach(c -> docker.containers().remove(c.id()));
                docker.containers().listByLabels(LABELS).forEach(c -> docker.containers().remove(c.id()));
            }
            long b = median(baseline);
            long e = median(engine);
            System.out.printf("median over %d rounds: baseline %d ms, deployment %d ms, ratio %.2f (target <= 1.30)%n",
                    repetitions, b, e, (double) e / b);
        }
    }

    private static void buildImage(DockerEngine docker, Path work) throws Exception {
        Path context = work.resolve("image");
        Files.createDirectories(context.resolve("www"));
        Files.writeString(context.resolve("www/index.html"), "ok");
        Files.writeString(context.resolve("Dockerfile"), "FROM local/busybox:1\nCOPY www /www\n"
                + "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        docker.images().build(ImageBuild.of(context, IMAGE).withLabels(LABELS), line -> { });
    }

    private static long baselineOnce(DockerEngine docker, int round) {
        long start = System.nanoTime();
        StartedContainer c = docker.containers().run(ContainerSpec.builder("appaloft-baseline-" + round + "-"
                + System.nanoTime(), IMAGE).labels(LABELS).publish(8080, 0).build());
        HttpProbe probe = HttpProbe.get("127.0.0.1", c.hostPort().getAsInt(), "/index.html").expectStatus(200);
        while (!probe.check().healthy()) {
            Thread.onSpinWait();
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        docker.containers().remove(c.id());
        return elapsed;
    }

    // a fresh resource each round: the time measured is the deploy path, not retiring a previous one
    private static long deployOnce(Appaloft.Session session, String project, String env, String server, int round) {
        String resource = session.resources().create(new CreateResourceInput(project, env, null, "bench-" + round,
                null, null, null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, IMAGE), null,
                NetworkProfile.port(8080))).id();
        long start = System.nanoTime();
        String id = session.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        DeploymentStatus status = session.deployments().show(id).status().current();
        if (status != DeploymentStatus.SUCCEEDED) {
            throw new IllegalStateException("deployment " + id + " ended " + status.wire());
        }
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

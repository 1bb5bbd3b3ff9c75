package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.RollbackDeploymentInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.ResourceKind;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SetResourceVariableInput;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.resources.running.RuntimeControlInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.ContainerSummary;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.compose.ComposeStacks;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compose stack against the real thing: this host's Docker engine, its Compose CLI and a real
 * Caddy. Two services from a folder: {@code web} (built from a {@code build:} context on the
 * offline base image) is routed, and reaches {@code cache} (the offline Redis image) by its
 * service name. The resource's variables and secret reach both; a redeploy switches with no
 * failed request; a service that exits fails the deployment naming it while the old stack keeps
 * serving; stop/start reach every service; rollback runs the earlier deployment's stack again; a
 * retired stack leaves no container or network behind.
 */
class ComposeStackDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String SECRET = "s3cret-compose-value";

    @TempDir Path dir;

    @Test
    void aTwoServiceStackIsServedSwitchedFailedControlledRolledBackAndRetired() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("stack");
        writeStack(app, false);
        String name = "stack-" + docker.runId();
        int proxyPort = freePort();
        String resource = null;
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("compose-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            RuntimeProfile compose = new RuntimeProfile(RuntimeProfile.Strategy.DOCKER_COMPOSE, null, null, null, null,
                    null, null, "docker-compose.yml", null, null, null);
            resource = appaloft.resources().create(new CreateResourceInput(project, env, null, name,
                    ResourceKind.COMPOSE_STACK, null, List.of(new ResourceService("web", ResourceService.Kind.WEB),
                    new ResourceService("cache", ResourceService.Kind.CACHE)),
                    SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()), compose,
                    new NetworkProfile(8080L, null, null, "web", null))).id();
            appaloft.resources().setVariable(new SetResourceVariableInput(resource, "GREETING", "hello-compose", null,
                    VariableExposure.RUNTIME, null));
            appaloft.resources().setVariable(new SetResourceVariableInput(resource, "VERSION", "1", null,
                    VariableExposure.RUNTIME, null));
            // named like a variable the Compose CLI reads itself: it reaches the services, not the CLI
            appaloft.resources().setVariable(new SetResourceVariableInput(resource, "DOCKER_HOST", "tcp://127.0.0.1:9",
                    null, VariableExposure.RUNTIME, null));
            appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "API_TOKEN", SECRET,
                    VariableExposure.RUNTIME));
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();

            // 1. the stack serves its page at its URL; web reached cache by name; variables reach both services
            String first = deploy(appaloft, project, env, resource, server);
            assertThat(appaloft.deployments().show(first).status().current()).as(logText(appaloft, first))
                    .isEqualTo(DeploymentStatus.SUCCEEDED);
            URI url = URI.create(appaloft.resources().show(resource).accessSummary().latestGeneratedAccessRoute().url());
            String page = DomainRoutesDockerIT.get(proxyPort, url.getHost(), "/").body();
            assertThat(page).contains("version=1").contains("greeting=hello-compose").contains("redis=+PONG")
                    .contains("token=" + SECRET.length());
            String firstProject = onlyProject(resource);
            for (ContainerSummary c : containers(resource)) {
                assertThat(environmentOf(c.id())).as(c.labels().get(ComposeStacks.SERVICE))
                        .contains("GREETING=hello-compose", "API_TOKEN=" + SECRET, "DOCKER_HOST=tcp://127.0.0.1:9");
            }
            assertThat(services(resource)).containsExactly("cache", "web");
            assertThat(logText(appaloft, first)).doesNotContain(SECRET).contains("project " + firstProject);

            // 2. a redeploy starts a second project beside the first, switches the route, then removes the first
            appaloft.resources().setVariable(new SetResourceVariableInput(resource, "VERSION", "2", null,
                    VariableExposure.RUNTIME, null));
            AtomicBoolean loop = new AtomicBoolean(true);
            AtomicInteger ok = new AtomicInteger();
            List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            Set<String> versions = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread load = new Thread(() -> {
                while (loop.get()) {
                    try {
                        DomainRoutesDockerIT.Answer a = DomainRoutesDockerIT.get(proxyPort, url.getHost(), "/");
                        if (a.status() == 200) {
                            ok.incrementAndGet();
                            versions.add(a.body().replaceAll("(?s).*version=(\\d+).*", "$1"));
                        } else {
                            failures.add(a.status() + " " + a.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            load.start();
            String second;
            try {
                second = deploy(appaloft, project, env, resource, server);
            } finally {
                loop.set(false);
                load.join();
            }
            assertThat(appaloft.deployments().show(second).status().current()).as(logText(appaloft, second))
                    .isEqualTo(DeploymentStatus.SUCCEEDED);
            assertThat(failures).as("requests during the switch (%s answered)", ok.get()).isEmpty();
            assertThat(versions).contains("1", "2");
            String secondProject = onlyProject(resource);
            assertThat(secondProject).isNotEqualTo(firstProject);
            assertThat(docker.engine().containers().listByLabels(Map.of(ComposeStacks.PROJECT, firstProject))).isEmpty();
            assertThat(docker.engine().networks().namesByLabels(Map.of(ComposeStacks.PROJECT, firstProject))).isEmpty();
            assertThat(mountsOf(containers(resource).stream().filter(c -> "cache".equals(c.labels().get(ComposeStacks.SERVICE)))
                    .findFirst().orElseThrow().id())).as("every deployment's cache uses the resource's volume")
                    .contains("appaloft-" + resource.toLowerCase(java.util.Locale.ROOT) + "-data");

            // 3. a service that exits fails the deployment naming it; the running stack keeps serving
            writeStack(app, true);
            String broken = deploy(appaloft, project, env, resource, server);
            DeploymentDetail failed = appaloft.deployments().show(broken);
            assertThat(failed.status().current()).isEqualTo(DeploymentStatus.FAILED);
            assertThat(failed.latestFailure().message()).contains("compose_service_failed").contains("service broken")
                    .contains("exited with code 3").contains("boom-" + docker.runId());
            assertThat(onlyProject(resource)).isEqualTo(secondProject);
            assertThat(DomainRoutesDockerIT.get(proxyPort, url.getHost(), "/").body()).contains("version=2");
            writeStack(app, false);

            // 4. stop and start reach every service of the stack; the route follows the new port
            appaloft.resources().runtime().stop(RuntimeControlInput.of(resource));
            assertThat(containers(resource)).hasSize(2).noneMatch(ContainerSummary::running);
            appaloft.resources().runtime().start(RuntimeControlInput.of(resource));
            assertThat(containers(resource)).hasSize(2).allMatch(ContainerSummary::running);
            awaitPage(proxyPort, url.getHost(), "version=2");

            // 5. rollback runs the first deployment's stack (and variables) again as a new project
            String rollback = appaloft.deployments().rollback(new RollbackDeploymentInput(second, first, resource, null)).id();
            awaitEnd(appaloft, rollback);
            assertThat(appaloft.deployments().show(rollback).status().current()).as(logText(appaloft, rollback))
                    .isEqualTo(DeploymentStatus.SUCCEEDED);
            assertThat(DomainRoutesDockerIT.get(proxyPort, url.getHost(), "/").body()).contains("version=1")
                    .contains("redis=+PONG");
            assertThat(onlyProject(resource)).isNotIn(firstProject, secondProject);
            assertThat(docker.engine().containers().listByLabels(Map.of(ComposeStacks.PROJECT, secondProject))).isEmpty();
            assertThat(docker.engine().networks().namesByLabels(Map.of(ComposeStacks.PROJECT, secondProject))).isEmpty();
        } finally {
            cleanup(name, resource);
        }
    }

    /** The stack: web built from ./web, cache from the offline Redis image; optionally a service that exits 3. */
    private static void writeStack(Path app, boolean withBrokenService) throws Exception {
        Files.createDirectories(app.resolve("web"));
        Files.writeString(app.resolve("web/Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY start.sh /start.sh\n"
                + "CMD [\"sh\", \"/start.sh\"]\n");
        // asks cache for PONG by its service name, then serves what it learnt; a shell in front of httpd
        // so SIGTERM stops it at once
        Files.writeString(app.resolve("web/start.sh"), """
                busybox mkdir -p /www
                answer=""
                for i in $(busybox seq 1 60); do
                  answer=$(printf 'PING\\r\\nQUIT\\r\\n' | busybox nc cache 6379 2>/dev/null | busybox head -n 1 | busybox tr -d '\\r')
                  [ -n "$answer" ] && break
                  sleep 1
                done
                echo "version=$VERSION greeting=$GREETING redis=$answer token=${#API_TOKEN}" > /www/index.html
                trap 'kill $!; exit 0' TERM
                httpd -f -p 8080 -h /www & wait
                """);
        String broken = withBrokenService ? """
                  broken:
                    image: %s
                    command: ["sh", "-c", "echo boom-%s; exit 3"]
                """.formatted(BaseImages.BUSYBOX, docker.runId()) : "";
        Files.writeString(app.resolve("docker-compose.yml"), """
                version: "3.8"
                services:
                  web:
                    build: ./web
                    depends_on: [cache]
                  cache:
                    image: redis:7-alpine
                    command: ["--protected-mode", "no"]
                    volumes: ["data:/data"]
                """ + broken + """
                volumes:
                  data: {}
                """);
    }

    private static String deploy(Appaloft.Session appaloft, String project, String env, String resource, String server) {
        return appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
    }

    private static void awaitEnd(Appaloft.Session appaloft, String deployment) throws InterruptedException {
        for (int i = 0; i < 600 && !appaloft.deployments().show(deployment).status().current().isTerminal(); i++) {
            Thread.sleep(200);
        }
    }

    private static void awaitPage(int port, String host, String text) throws Exception {
        String last = "";
        for (int i = 0; i < 100; i++) {
            try {
                DomainRoutesDockerIT.Answer a = DomainRoutesDockerIT.get(port, host, "/");
                last = a.status() + " " + a.body();
                if (a.status() == 200 && a.body().contains(text)) {
                    return;
                }
            } catch (Exception e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the page never showed " + text + "; last: " + last);
    }

    private static List<ContainerSummary> containers(String resource) {
        return docker.engine().containers().listByLabels(Map.of(DeploymentExecutor.LABEL_RESOURCE, resource));
    }

    private static String onlyProject(String resource) {
        Set<String> projects = containers(resource).stream().map(c -> c.labels().get(ComposeStacks.PROJECT))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(projects).as("one compose project runs for the resource").hasSize(1);
        return projects.iterator().next();
    }

    private static List<String> services(String resource) {
        return containers(resource).stream().map(c -> c.labels().get(ComposeStacks.SERVICE)).sorted().toList();
    }

    private static String logText(Appaloft.Session appaloft, String deployment) {
        return appaloft.deployments().logs(deployment).logs().stream().map(l -> l.message())
                .collect(Collectors.joining("\n"));
    }

    private static String mountsOf(String container) throws Exception {
        Process p = new ProcessBuilder("docker", "inspect", "-f", "{{range .Mounts}}{{.Name}} {{end}}", container)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static String environmentOf(String container) throws Exception {
        Process p = new ProcessBuilder("docker", "inspect", "-f", "{{json .Config.Env}}", container)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    // what compose made for this test: containers (by the resource), networks and built images (by project name)
    private static void cleanup(String name, String resource) throws Exception {
        if (resource != null) {
            for (ContainerSummary c : containers(resource)) {
                docker.engine().containers().remove(c.id());
            }
        }
        String prefix = "appaloft-" + name.toLowerCase(java.util.Locale.ROOT);
        shell("docker network ls -q --filter name=" + prefix + " | xargs -r docker network rm");
        shell("docker images --format '{{.Repository}}:{{.Tag}}' | grep '^" + prefix + "' | xargs -r docker rmi -f");
        if (resource != null) {
            shell("docker volume rm -f appaloft-" + resource.toLowerCase(java.util.Locale.ROOT) + "-data");
        }
    }

    private static void shell(String script) throws Exception {
        new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

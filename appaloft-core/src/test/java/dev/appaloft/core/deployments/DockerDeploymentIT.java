package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentLogLine;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource built from a folder with a Dockerfile, deployed through the facade on SQLite to the
 * real Docker engine: it answers, a redeploy replaces it, and its secret never reaches the log.
 */
class DockerDeploymentIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @Test
    void aFolderWithADockerfileIsBuiltStartedVerifiedAndReplacedOnRedeploy() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "version one");
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n"
                + "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        int proxyPort = freePort();
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .edgeProxy("local-shell", proxy)
                .build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("it-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null,
                    "site-" + docker.runId(), null, null, null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER,
                    app.toString()), null, NetworkProfile.port(8080))).id();
            appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "API_TOKEN", "tok-never-logged", null));
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            try {
                String first = appaloft.deployments().create(deploy).id();
                DeploymentDetail shown = appaloft.deployments().show(first);
                assertThat(shown.status().current()).as(appaloft.deployments().logs(first).toString())
                        .isEqualTo(DeploymentStatus.SUCCEEDED);
                String url = url(appaloft, first);
                assertThat(url).isEqualTo("http://site-" + docker.runId() + "-prod.localhost:" + proxyPort + "/");
                assertThat(get(url)).isEqualTo("version one");

                // the URL stays the same across redeploys; zero failed requests under load is measured by
                // bench/redeploy-under-load.sh (a figure, not a test: it depends on the machine's load)
                for (String version : new String[] {"version two", "version three"}) {
                    Files.writeString(app.resolve("www/index.html"), version);
                    String next = appaloft.deployments().create(deploy).id();
                    assertThat(appaloft.deployments().show(next).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                    assertThat(url(appaloft, next)).isEqualTo(url);
                    assertThat(get(url)).isEqualTo(version);
                }
                String second = next(appaloft, resource);
                assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource)))
                        .as("only the new instance is left").hasSize(1);
                assertThat(appaloft.deployments().logs(second).toString()).doesNotContain("tok-never-logged");
            } finally {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", resource))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        }
    }

    @Test
    void directPortPublishesTheAppOnAFixedLoopbackPortAndNoneReportsNoUrl() throws Exception {
        String one = "appaloft-it/direct-" + docker.runId() + ":1";
        String two = "appaloft-it/direct-" + docker.runId() + ":2";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "one"), one, docker.labels());
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "two"), two, docker.labels());
        int port = freePort();
        try (AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("direct-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "direct", null,
                    null, null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, one), null,
                    new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.DIRECT_PORT, null, (long) port))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            try {
                String first = appaloft.deployments().create(deploy).id();
                String url = "http://127.0.0.1:" + port + "/";
                assertThat(appaloft.deployments().show(first).deployment().runtimePlan().execution().metadata())
                        .containsEntry("url", url).containsEntry("publishedPort", String.valueOf(port));
                assertThat(get(url)).isEqualTo("one");

                // the same port again: the old instance stops first, the new one binds it
                appaloft.resources().configureSource(new dev.appaloft.api.resources.ConfigureSourceInput(resource,
                        SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, two), null));
                String second = appaloft.deployments().create(deploy).id();
                assertThat(appaloft.deployments().show(second).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                assertThat(get(url)).isEqualTo("two");

                appaloft.resources().configureNetwork(new dev.appaloft.api.resources.ConfigureNetworkInput(resource,
                        new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.NONE, null, null)));
                String hidden = appaloft.deployments().create(deploy).id();
                DeploymentDetail shown = appaloft.deployments().show(hidden);
                assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                assertThat(shown.deployment().runtimePlan().execution().metadata()).doesNotContainKey("url");
                assertThat(shown.deployment().runtimePlan().execution().accessRoutes()).isNull();
            } finally {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
            }
        }
    }

    @Test
    void aRestartedControlPlaneRoutesTheAppsThatKeptRunningAgain() throws Exception {
        String image = "appaloft-it/restart-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "still here"), image, docker.labels());
        int proxyPort = freePort();
        int adminPort = freePort();
        String resource = null;
        try {
            String url;
            try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, adminPort, dir.resolve("c1"));
                 AppaloftEngine engine = engine(proxy)) {
                Appaloft.Session appaloft = engine.system();
                String project = appaloft.projects().create(CreateProjectInput.named("restart-" + docker.runId())).id();
                String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                        EnvironmentKind.PRODUCTION, null)).id();
                resource = appaloft.resources().create(new CreateResourceInput(project, env, null,
                        "kept-" + docker.runId(), null, null, null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE,
                        image), null, NetworkProfile.port(8080))).id();
                String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
                String first = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                        resource, null)).id();
                url = url(appaloft, first);
                assertThat(get(url)).isEqualTo("still here");
            } // the control plane and its proxy stop; the app keeps running
            try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, adminPort, dir.resolve("c2"));
                 AppaloftEngine engine = engine(proxy)) {
                assertThat(get(url)).as("the new proxy came up with the route restored").isEqualTo("still here");
            }
        } finally {
            if (resource != null) {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
            }
        }
    }

    @Test
    void anAppThatFailsItsHealthCheckLeavesItsOwnOutputInTheDeploymentLog() throws Exception {
        Path app = dir.resolve("broken");
        Files.createDirectories(app);
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\n"
                + "CMD [\"sh\", \"-c\", \"echo boom: DATABASE_URL is missing, token $API_TOKEN; sleep 30\"]\n");
        BaseImages.ensureBusybox(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("broken.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("broken-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null,
                    "broken-" + docker.runId(), null, null, null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER,
                    app.toString()), null, NetworkProfile.port(8080))).id();
            appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "API_TOKEN", "tok-kept-secret", null));
            appaloft.resources().configureHealth(new dev.appaloft.api.resources.ConfigureHealthInput(resource,
                    new dev.appaloft.api.resources.HealthCheck(true, dev.appaloft.api.resources.HealthCheck.Type.HTTP,
                            1L, 1L, 2L, 0L, new dev.appaloft.api.resources.HealthCheck.Http(
                            dev.appaloft.api.resources.HealthCheck.Method.GET, dev.appaloft.api.resources.HealthCheck.Scheme.HTTP,
                            "localhost", null, "/", 200, null))));
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            try {
                String id = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                        null)).id();
                assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.FAILED);
                var logs = appaloft.deployments().logs(id).logs();
                assertThat(logs).anyMatch(l -> l.source().equals("application")
                        && l.message().contains("boom: DATABASE_URL is missing, token ********"));
                assertThat(logs.toString()).doesNotContain("tok-kept-secret");
                assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource)))
                        .as("the failed candidate is removed").isEmpty();
            } finally {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
            }
        }
    }

    private AppaloftEngine engine(CaddyEdgeProxy proxy) {
        return AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("restart.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .edgeProxy("local-shell", proxy)
                .build();
    }

    /** The resource's newest deployment. */
    private static String next(Appaloft.Session appaloft, String resource) {
        return appaloft.deployments().list(new dev.appaloft.api.deployments.ListDeploymentsInput(null, resource, null, 1))
                .items().get(0).id();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String url(Appaloft.Session appaloft, String deploymentId) {
        Pattern answers = Pattern.compile("answers at (http://\\S+)");
        for (DeploymentLogLine line : appaloft.deployments().logs(deploymentId).logs()) {
            Matcher m = answers.matcher(line.message());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no URL in the deployment log");
    }

    private static String get(String url) throws Exception {
        String response = fetch(url + "index.html");
        return response.substring(response.indexOf("\r\n\r\n") + 4).strip();
    }

    /**
     * GET over a plain socket to 127.0.0.1 with the URL's host in the Host header: *.localhost
     * names resolve to loopback in browsers and curl, but not in the JDK's resolver.
     */
    static String fetch(String url) throws java.io.IOException {
        URI uri = URI.create(url);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

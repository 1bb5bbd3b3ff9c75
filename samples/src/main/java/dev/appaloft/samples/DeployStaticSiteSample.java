package dev.appaloft.samples;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentEventEnvelope;
import dev.appaloft.api.deployments.DeploymentEventsInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.AppaloftEngineBuilder;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Embeds Appaloft with the SQLite store and this host's Docker engine, deploys the static site in
 * {@code samples/static-site}, prints the deployment's events as they happen and then the URL it
 * answers at (through Caddy when it is installed), and fetches it. Run from the repository root:
 *
 * <pre>java -cp samples/target/samples.jar dev.appaloft.samples.DeployStaticSiteSample [site folder]</pre>
 *
 * In a terminal it waits for Enter before it removes the site again.
 */
public final class DeployStaticSiteSample {

    private DeployStaticSiteSample() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "samples/static-site").toAbsolutePath();
        if (!Files.isRegularFile(site.resolve("Dockerfile"))) {
            System.err.println("no Dockerfile in " + site + "; run from the repository root or pass the site folder");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("appaloft-sample");
        int proxyPort = freePort();
        CaddyEdgeProxy proxy = caddyInstalled()
                ? CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), data.resolve("caddy")) : null;
        AppaloftEngineBuilder builder = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(data.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("sample", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(DockerEngine.connect()));
        if (proxy != null) {
            builder.edgeProxy("local-shell", proxy);
        }
        try (AppaloftEngine engine = builder.build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("sample")).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "production",
                    EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "site", null,
                    null, null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, site.toString()), null,
                    NetworkProfile.port(8080))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();

            String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                    resource, ExecutionMode.DETACHED)).id();
            System.out.println("deployment " + deployment + " admitted; its events:");
            try (EventStream events = appaloft.deployments().eventsStream(DeploymentEventsInput.of(deployment))) {
                while (!events.ended()) {
                    events.next(Duration.ofSeconds(30)).ifPresent(e -> print((DeploymentEventEnvelope) e.data()));
                }
            }
            DeploymentDetail shown = appaloft.deployments().show(deployment);
            if (shown.latestFailure() != null) {
                System.out.println("the deployment failed: " + shown.latestFailure().message());
                System.exit(1);
            }
            var produced = shown.deployment().runtimePlan().execution().metadata();
            String url = produced.get("url");
            System.out.println("the site answers at " + url + " (container " + produced.get("containerName") + ")");
            System.out.println("GET " + url + " -> " + get(url));
            if (System.console() != null) {
                System.out.println("press Enter to stop (the route goes with this process; the container is removed)");
                System.in.read();
            }
            try (DockerEngine docker = DockerEngine.connect()) {
                docker.containers().listByLabels(java.util.Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.containers().remove(c.id()));
            }
        } finally {
            if (proxy != null) {
                proxy.close(); // the route goes with it; the container stays
            }
        }
    }

    private static void print(DeploymentEventEnvelope envelope) {
        if (envelope.event() != null) {
            DeploymentEventEnvelope.Event e = envelope.event();
            System.out.printf("  %s  %-21s %-8s %s%n", e.emittedAt(), e.eventType(),
                    e.phase() == null ? "" : e.phase().wire(), e.summary());
        } else if (envelope.kind().equals("closed")) {
            System.out.println("  (stream closed: " + envelope.reason() + ")");
        }
    }

    /** Fetches the page over a plain socket: the JDK resolves no *.localhost names, so the Host header carries it. */
    private static String get(String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String status = response.lines().findFirst().orElse("");
            return status + " | " + response.substring(response.indexOf("\r\n\r\n") + 4).strip();
        }
    }

    private static boolean caddyInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/caddy"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

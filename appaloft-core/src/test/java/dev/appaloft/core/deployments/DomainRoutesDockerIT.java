package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.domains.ConfigureDomainRouteInput;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.FakeDns;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom domains against the real thing: an app deployed to this host's Docker engine behind a
 * real Caddy. The binding's ownership is proven by the HTTP token Caddy answers on the domain
 * (DNS mapped to loopback by a double), then the domain answers the app (Host header), an alias
 * answers its redirect status with Location, and a deleted binding's host is gone from Caddy.
 */
class DomainRoutesDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @Test
    void aBoundDomainServesTheAppAndAnAliasAnswersItsRedirect() throws Exception {
        String image = "appaloft-it/domains-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "hello from the app"), image, docker.labels());
        int proxyPort = freePort();
        FakeDns dns = new FakeDns();
        String shop = "shop-" + docker.runId() + ".example.test";
        String www = "www-" + docker.runId() + ".example.test";
        dns.addresses.put(shop, List.of("127.0.0.1"));
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .edgeProxy("local-shell", proxy).dnsResolver(dns)
                .build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("domains-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                    null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null,
                    null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null, NetworkProfile.port(8080))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            try {
                String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                        resource, null)).id();
                assertThat(appaloft.deployments().show(deployment).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                assertThat(get(proxyPort, shop, "/").status()).as("no route before the binding").isEqualTo(404);

                String binding = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource,
                        server, shop)).id();
                // the HTTP token: Caddy answers it on the domain, the check reaches it through the domain's address
                appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.dns(binding, "http-token"));
                assertThat(appaloft.domainBindings().show(binding).binding().status()).isEqualTo("ready");
                Answer served = get(proxyPort, shop, "/index.html");
                assertThat(served.status()).isEqualTo(200);
                assertThat(served.body()).contains("hello from the app");
                Answer token = get(proxyPort, shop, "/.well-known/appaloft-domain-verification/" + binding);
                assertThat(token.status()).as("once bound the token route is gone: the app answers (no such file)")
                        .isEqualTo(404);
                assertThat(token.body().strip()).doesNotMatch("[0-9a-f]{32}");

                String alias = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource,
                        server, www).redirectingTo(shop, 301)).id();
                appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(alias, "it", null));
                Answer redirected = get(proxyPort, www, "/cart?item=1");
                assertThat(redirected.status()).isEqualTo(301);
                assertThat(redirected.header("Location")).isEqualTo("http://" + shop + ":" + proxyPort + "/cart?item=1");
                appaloft.domainBindings().configureRoute(ConfigureDomainRouteInput.redirect(alias, shop, 307));
                assertThat(get(proxyPort, www, "/").status()).isEqualTo(307);

                // a redeploy moves the domain to the new instance
                String next = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                        resource, null)).id();
                assertThat(appaloft.deployments().show(next).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                assertThat(get(proxyPort, shop, "/index.html").body()).contains("hello from the app");

                appaloft.domainBindings().delete(alias);
                assertThat(get(proxyPort, www, "/").status()).isEqualTo(404);
                appaloft.domainBindings().delete(binding);
                assertThat(get(proxyPort, shop, "/").status()).isEqualTo(404);
            } finally {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
            }
        } finally {
            docker.engine().images().listIdsByLabels(docker.labels()).forEach(i -> docker.engine().images().remove(i, true));
        }
    }

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** One plain GET to the proxy with {@code host} as the Host header (what a browser sends for the domain). */
    static Answer get(int port, String host, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            String text = out.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : text.substring(split + 4));
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.ConfigureServerEdgeProxyInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.FakeDns;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom domains on a server reached over SSH, through the same edge proxy SPI: a real sshd
 * "server" running this machine's caddy (bootstrapped by the engine). The HTTP token is answered
 * by the server's Caddy, the bound domain answers the app there, an alias answers its redirect,
 * and after the control plane restarted and the proxy died, a bootstrap brings the domains back.
 */
class SshDomainRoutesIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String DOCKERFILE = "FROM local/busybox:1\nRUN mkdir -p /www && echo domain-app > /www/index.html\n"
            + "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait\"]\n";

    @TempDir static Path dir;
    static SshdServer sshd;
    static AppaloftEngine engine;
    static final FakeDns dns = new FakeDns();
    static String resource;
    static int adminPort;

    @BeforeAll
    static void start() throws Exception {
        sshd = SshdServer.start(dir.resolve("sshd"));
    }

    static AppaloftEngine engine() {
        return AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults()).dnsResolver(dns)
                .workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            CaddyAdmin.local(adminPort).stop();
            new ProcessBuilder("sh", "-c", "docker ps -aq --filter label=" + DeploymentExecutor.LABEL_RESOURCE + "="
                    + resource + " | xargs -r docker rm -f").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (engine != null) {
                engine.close();
            }
            sshd.close();
        }
    }

    @Test
    void aDomainOnAnSshServerIsVerifiedRoutedRedirectedAndRestoredByABootstrap() throws Exception {
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
        engine = engine();
        Appaloft.Session appaloft = engine.system();
        String project = appaloft.projects().create(CreateProjectInput.named("domains-" + RUN)).id();
        String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        String server = appaloft.servers().create(new CreateServerInput("edge-box", sshd.host(), "generic-ssh", null,
                (long) sshd.port(), null)).id();
        appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.privateKey(
                sshd.user(), key.privateKey(), null));
        SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null,
                null, null, null, null, null, null, null, null, null, Map.of("content", DOCKERFILE));
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web-" + RUN, null, null,
                null, inline, null, NetworkProfile.port(8080))).id();
        int httpPort = freePort();
        adminPort = freePort();
        appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                .withPorts(httpPort, adminPort));
        appaloft.servers().bootstrapProxy(server);
        String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                ExecutionMode.SYNCHRONOUS)).id();
        assertThat(appaloft.deployments().show(deployment).status().current())
                .as(appaloft.deployments().logs(deployment).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);

        String shop = "shop-" + RUN + ".example.test";
        String www = "www-" + RUN + ".example.test";
        dns.addresses.put(shop, List.of("127.0.0.1")); // the "server" is this machine's loopback
        String binding = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource, server,
                shop)).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.dns(binding, "http-token"));
        assertThat(appaloft.domainBindings().show(binding).binding().status()).isEqualTo("ready");
        assertThat(DomainRoutesDockerIT.get(httpPort, shop, "/index.html").body()).contains("domain-app");

        String alias = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource, server,
                www).redirectingTo(shop, 308)).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(alias, "it", null));
        DomainRoutesDockerIT.Answer redirected = DomainRoutesDockerIT.get(httpPort, www, "/a?b=c");
        assertThat(redirected.status()).isEqualTo(308);
        assertThat(redirected.header("Location")).isEqualTo("http://" + shop + ":" + httpPort + "/a?b=c");

        // the control plane restarts while the server's proxy is down: a bootstrap routes the domains again
        engine.close();
        CaddyAdmin.local(adminPort).stop();
        CaddyAdmin.local(adminPort).awaitGone(Duration.ofSeconds(5));
        engine = engine();
        appaloft = engine.system();
        appaloft.servers().bootstrapProxy(server);
        assertThat(DomainRoutesDockerIT.get(httpPort, shop, "/index.html").body()).contains("domain-app");
        assertThat(DomainRoutesDockerIT.get(httpPort, www, "/").status()).isEqualTo(308);

        appaloft.domainBindings().delete(alias);
        assertThat(DomainRoutesDockerIT.get(httpPort, www, "/").status()).isEqualTo(404);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

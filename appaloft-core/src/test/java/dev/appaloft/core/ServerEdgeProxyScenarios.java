package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.BootstrapServerProxyInput;
import dev.appaloft.api.servers.ConfigureServerEdgeProxyInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.servers.ServerView.EdgeProxy.Status;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code servers.configureEdgeProxy} and {@code servers.bootstrapProxy} through the facade, on a
 * local server (the remote ones are {@code SshEdgeProxyIT}): kinds and their statuses, what is
 * refused and why, the attempt's outcome on the server's edgeProxy, and the events each leaves.
 */
public abstract class ServerEdgeProxyScenarios extends DeploymentFixture {

    @Test
    void theKindIsConfiguredAndTheBootstrapOutcomeShowsOnTheServer() throws Exception {
        ServerView.EdgeProxy registered = proxy();
        assertThat(registered.kind()).isEqualTo(ProxyKind.TRAEFIK);
        assertThat(registered.status()).isEqualTo(Status.PENDING);
        assertThat(registered.lastAttemptAt()).isNull();

        var none = appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.NONE));
        assertThat(none.edgeProxy().status()).isEqualTo(Status.DISABLED);
        assertFails(() -> appaloft.servers().bootstrapProxy(server), ErrorCode.EDGE_PROXY_DISABLED);
        var caddy = appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY));
        assertThat(caddy.id()).isEqualTo(server);
        assertThat(caddy.edgeProxy().kind()).isEqualTo(ProxyKind.CADDY);
        assertThat(caddy.edgeProxy().status()).isEqualTo(Status.PENDING);
        long configured = audit().stream().filter("server-edge-proxy-configured"::equals).count();
        appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY));
        assertThat(audit().stream().filter("server-edge-proxy-configured"::equals).count()).as("a repeat records nothing")
                .isEqualTo(configured).isEqualTo(2);

        // this engine was given no edge proxy for local-shell servers: the attempt fails, visibly
        String attempt = appaloft.servers().bootstrapProxy(server).attemptId();
        assertThat(attempt).startsWith("pxy_");
        ServerView.EdgeProxy failed = proxy();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo("edge_proxy_not_configured");
        assertThat(failed.lastErrorMessage()).contains("host application");
        assertThat(failed.lastAttemptAt()).isNotNull();
        assertThat(failed.lastSucceededAt()).isNull();
        assertThat(audit()).containsSubsequence("proxy-bootstrap-requested", "proxy-install-failed");

        FakeEdgeProxy local = new FakeEdgeProxy();
        try (AppaloftEngine withProxy = AppaloftEngine.builder().store(store, false)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", local).build()) {
            String ran = withProxy.system().servers().bootstrapProxy(new BootstrapServerProxyInput(server, "caddy",
                    "pxy_mine", BootstrapServerProxyInput.Reason.RETRY)).attemptId();
            assertThat(ran).as("the system actor names its attempt").isEqualTo("pxy_mine");
            ServerView.EdgeProxy ready = withProxy.system().servers().show(server).server().edgeProxy();
            assertThat(ready.status()).isEqualTo(Status.READY);
            assertThat(ready.lastSucceededAt()).isNotNull();
            assertThat(ready.lastErrorCode()).as("a success clears the last error").isNull();
            assertThat(audit()).containsSubsequence("proxy-bootstrap-requested", "proxy-installed");

            // a local server routes through the host application's proxy
            String deployed = withProxy.system().deployments().create(deploy(ExecutionMode.SYNCHRONOUS)).id();
            assertThat(withProxy.system().deployments().show(deployed).status().current())
                    .isEqualTo(DeploymentStatus.SUCCEEDED);
            assertThat(local.routes).containsKey("resource-" + resource);
        }
    }

    @Test
    void whatIsRefusedNamesItsField() {
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(new ConfigureServerEdgeProxyInput(server, null, null,
                null, null)), "proxyKind");
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                .withPorts(0, null)), "httpPort");
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                .withPorts(null, 70_000)), "adminPort");
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                .withPorts(8080, 9019)), "httpPort"); // a local server's proxy is the host application's

        String remote = appaloft.servers().create(new CreateServerInput("far", "10.0.0.9", "generic-ssh", null, 22L,
                null)).id();
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(remote, ProxyKind.CADDY)
                .withPorts(8080, 8080)), "adminPort");
        assertFailsAt(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(remote, ProxyKind.CADDY)
                .withPorts(2019, null)), "adminPort"); // the default admin port
        assertFails(() -> appaloft.servers().bootstrapProxy(remote), ErrorCode.EDGE_PROXY_KIND_UNSUPPORTED); // traefik
        appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(remote, ProxyKind.CADDY));
        assertFails(() -> appaloft.servers().bootstrapProxy(remote), ErrorCode.PROVIDER_NOT_CONFIGURED);

        var user = appaloft.as(Actor.user("usr_admin", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.ADMIN));
        assertFailsAt(() -> user.servers().bootstrapProxy(new BootstrapServerProxyInput(server, null, "pxy_1", null)),
                "attemptId");
        assertFailsAt(() -> appaloft.servers().bootstrapProxy(new BootstrapServerProxyInput(server, "nginx", null, null)),
                "edgeProxyProviderKey");
        assertFailsAt(() -> appaloft.servers().bootstrapProxy(new BootstrapServerProxyInput(server, null, "no spaces", null)),
                "attemptId");
        assertThat(proxy().status()).as("refusals change nothing").isEqualTo(Status.PENDING);

        var other = appaloft.as(Actor.user("usr_x", "org_other", Actor.Role.OWNER));
        assertFails(() -> other.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)),
                ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().bootstrapProxy(server), ErrorCode.NOT_FOUND);

        appaloft.servers().deactivate(server, null);
        assertFails(() -> appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.NONE)),
                ErrorCode.SERVER_INACTIVE);
        assertFails(() -> appaloft.servers().bootstrapProxy(server), ErrorCode.SERVER_INACTIVE);
    }

    private ServerView.EdgeProxy proxy() {
        return appaloft.servers().show(server).server().edgeProxy();
    }

    private List<String> audit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }

    private static void assertFailsAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.issues()).extracting(i -> i.dottedPath()).anySatisfy(p -> assertThat(p).startsWith(field)));
    }
}

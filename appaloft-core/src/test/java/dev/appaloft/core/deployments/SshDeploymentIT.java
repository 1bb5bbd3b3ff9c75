package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.credentials.CreateSshCredentialInput;
import dev.appaloft.api.credentials.RotateSshCredentialInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.deployments.RedeployInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ServerConnectivity;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments to servers reached over SSH, through the engine: three real sshd "servers" whose
 * docker CLI drives this machine's engine, one stored credential they all log in with. One app
 * goes to all three at once; one server's sshd dies mid-deployment (that deployment fails with a
 * phase and a reason, the others succeed); it comes back and the app is redeployed there. Then
 * the credential is rotated, and a server whose host key changed is refused until an admin accepts
 * the new fingerprint.
 */
class SshDeploymentIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    // the app takes a few seconds to answer: long enough to pull the cable in the middle
    static final String DOCKERFILE = "FROM local/busybox:1\nRUN mkdir -p /www && echo served over ssh > /www/index.html\n"
            + "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 3; httpd -f -p 8080 -h /www & wait\"]\n";

    @TempDir static Path dir;
    static final List<SshdServer> sshds = new ArrayList<>();
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static TestSshKeys.Key key;
    static String credential;
    static String project;
    static String env;
    static final List<String> servers = new ArrayList<>();
    static final List<String> resources = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        for (int i = 0; i < 3; i++) {
            SshdServer sshd = SshdServer.start(dir.resolve("sshd-" + i));
            sshd.authorize(key.publicKey());
            sshds.add(sshd);
        }
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .workDirectory(dir.resolve("work"))
                .build();
        appaloft = engine.system();
        credential = appaloft.sshCredentials().create(CreateSshCredentialInput.of("fleet key", key.privateKey())
                .withUsername(sshds.get(0).user())).id();
        project = appaloft.projects().create(CreateProjectInput.named("ssh-" + RUN)).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        for (int i = 0; i < 3; i++) {
            SshdServer sshd = sshds.get(i);
            String server = appaloft.servers().create(new CreateServerInput("box-" + i, sshd.host(), "generic-ssh", null,
                    (long) sshd.port(), null)).id();
            appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.stored(credential,
                    null));
            servers.add(server);
            SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null,
                    null, null, null, null, null, null, null, null, null, Map.of("content", DOCKERFILE));
            resources.add(appaloft.resources().create(new CreateResourceInput(project, env, null, "app-" + i + "-" + RUN,
                    null, null, null, inline, null, NetworkProfile.port(8080))).id());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            new ProcessBuilder("sh", "-c", "docker ps -aq --filter label=" + DeploymentExecutor.LABEL_RESOURCE
                    + " | xargs -r docker inspect --format '{{.Id}} {{index .Config.Labels \"" + DeploymentExecutor.LABEL_RESOURCE
                    + "\"}}' | grep -E '" + String.join("|", resources) + "' | cut -d' ' -f1 | xargs -r docker rm -f")
                    .inheritIO().start().waitFor(60, TimeUnit.SECONDS);
            // the images built "on the servers" are on this machine's engine too
            new ProcessBuilder("sh", "-c", "docker images -q --filter 'reference=appaloft/*-" + RUN + "' | sort -u"
                    + " | xargs -r docker rmi -f").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (engine != null) {
                engine.close();
            }
            for (SshdServer sshd : sshds) {
                sshd.close();
            }
        }
    }

    @Test
    void oneAppOnThreeServersSurvivesOneServerDyingAndARotatedKeyAndRefusesAChangedHostKeyUntilAccepted() throws Exception {
        for (String server : servers) {
            ServerConnectivity tested = appaloft.servers().testConnectivity(server);
            assertThat(tested.status()).as(tested.toString()).isEqualTo("healthy");
        }
        assertThat(appaloft.servers().testConnectivity(servers.get(0)).checks())
                .anySatisfy(c -> assertThat(c.message()).contains("matches the recorded"));

        List<String> deployments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deployments.add(appaloft.deployments().create(new CreateDeploymentInput(project, servers.get(i), null, env,
                    resources.get(i), ExecutionMode.DETACHED)).id());
        }
        waitUntil(() -> appaloft.deployments().logs(deployments.get(1)).logs().stream()
                .anyMatch(l -> l.message().contains("health probe")), 60);
        sshds.get(1).kill(); // mid-verification: the app there is still starting
        for (int i = 0; i < 3; i++) {
            DeploymentDetail ended = awaitEnd(deployments.get(i));
            if (i == 1) {
                assertThat(ended.status().current()).isEqualTo(DeploymentStatus.FAILED);
                assertThat(ended.latestFailure().phase()).isNotNull();
                assertThat(ended.latestFailure().message()).matches("(ssh_connection_lost|ssh_unreachable|"
                        + "ssh_handshake_failed|deployment_interrupted).*");
            } else {
                assertThat(ended.status().current()).as(ended.toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
            }
        }

        sshds.get(1).restart();
        String again = appaloft.deployments().redeploy(new RedeployInput(resources.get(1), null, null, servers.get(1),
                null, null, null)).id();
        assertThat(appaloft.deployments().show(again).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);

        TestSshKeys.Key next = TestSshKeys.generate(SshKeyType.RSA, TestSshKeys.Format.PEM, null);
        for (SshdServer sshd : sshds) {
            sshd.revokeAll();
            sshd.authorize(next.publicKey());
        }
        appaloft.sshCredentials().rotate(RotateSshCredentialInput.acknowledged(credential, next.privateKey(), null));
        String rotated = appaloft.deployments().redeploy(new RedeployInput(resources.get(0), null, null, servers.get(0),
                null, null, null)).id();
        assertThat(appaloft.deployments().show(rotated).status().current()).as("every server uses the new key")
                .isEqualTo(DeploymentStatus.SUCCEEDED);

        sshds.get(2).replaceHostKey();
        String impostor = appaloft.deployments().redeploy(new RedeployInput(resources.get(2), null, null, servers.get(2),
                null, null, null)).id();
        DeploymentDetail refused = appaloft.deployments().show(impostor);
        assertThat(refused.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(refused.latestFailure().message()).startsWith("server_host_key_mismatch");
        assertThat(appaloft.servers().testConnectivity(servers.get(2)).checks())
                .anySatisfy(c -> assertThat(c.name() + " " + c.status()).isEqualTo("host-key failed"));

        appaloft.servers().acceptHostKey(servers.get(2), sshds.get(2).hostKeyFingerprint());
        String accepted = appaloft.deployments().redeploy(new RedeployInput(resources.get(2), null, null, servers.get(2),
                null, null, null)).id();
        assertThat(appaloft.deployments().show(accepted).status().current()).as("after an admin accepted the new key")
                .isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    private static DeploymentDetail awaitEnd(String id) throws InterruptedException {
        waitUntil(() -> appaloft.deployments().show(id).status().current().isTerminal(), 120);
        return appaloft.deployments().show(id);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + seconds + " s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.credentials.CreateSshCredentialInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.ConfigureServerCredentialInput.Credential;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.DeleteServerInput;
import dev.appaloft.api.servers.ListServersInput;
import dev.appaloft.api.servers.ServerDeleteCheck;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.servers.ServerLogins;
import dev.appaloft.core.servers.ServerRepository;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Format;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Key;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The server operations that need no connection to the server: rename, deactivate (no new
 * deployments), the three ways to log in, and delete, which needs the server inactive, without
 * live or unarchived deployments, and its id repeated.
 */
public abstract class ServerLifecycleScenarios extends DeploymentFixture {

    @Test
    void renameAndDeactivateChangeWhatTheServerTakes() throws Exception {
        String other = appaloft.servers().create(CreateServerInput.localShell("other host")).id();
        appaloft.servers().rename(server, "main host");
        assertFails(() -> appaloft.servers().rename(other, "MAIN HOST"), ErrorCode.SERVER_NAME_CONFLICT);
        assertFailsAt(() -> appaloft.servers().rename(server, " "), "name");
        assertThat(appaloft.servers().show(server).server().name()).isEqualTo("main host");

        long before = audit().size();
        appaloft.servers().deactivate(server, "moving to new hardware");
        appaloft.servers().deactivate(server, "again");
        appaloft.servers().rename(server, "main host");
        ServerView shown = appaloft.servers().show(server).server();
        assertThat(shown.lifecycleStatus()).isEqualTo(ServerLifecycleStatus.INACTIVE);
        assertThat(shown.deactivationReason()).isEqualTo("moving to new hardware");
        assertThat(shown.deactivatedAt()).isNotNull();
        assertThat(audit().subList((int) before, audit().size())).as("repeats change nothing and record nothing")
                .containsExactly("server-deactivated");
        assertFails(() -> appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS)), ErrorCode.SERVER_INACTIVE);
    }

    @Test
    void deleteIsRefusedUntilTheServerIsInactiveAndItsDeploymentsAreArchived() throws Exception {
        assertThat(kinds(appaloft.servers().deleteCheck(server))).containsExactly("active-server");

        runtime.hold = new CountDownLatch(1);
        String deployment = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        appaloft.servers().deactivate(server, null);
        ServerDeleteCheck live = appaloft.servers().deleteCheck(server);
        assertThat(live.eligible()).isFalse();
        assertThat(live.lifecycleStatus()).isEqualTo(ServerLifecycleStatus.INACTIVE);
        assertThat(live.blockers()).extracting(ServerDeleteCheck.Blocker::kind, ServerDeleteCheck.Blocker::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("active-deployment", 1L));
        runtime.hold.countDown();
        assertThat(awaitEnd(deployment)).isEqualTo(DeploymentStatus.SUCCEEDED);

        assertThat(appaloft.servers().deleteCheck(server).blockers()).extracting(ServerDeleteCheck.Blocker::kind)
                .containsExactly("deployment-history");
        assertFails(() -> appaloft.servers().delete(DeleteServerInput.confirmed(server)), ErrorCode.SERVER_DELETE_BLOCKED);

        appaloft.deployments().archive(deployment);
        ServerDeleteCheck clear = appaloft.servers().deleteCheck(server);
        assertThat(clear.eligible()).isTrue();
        assertThat(clear.blockers()).isEmpty();
        assertFailsAt(() -> appaloft.servers().delete(new DeleteServerInput(server, null, null)), "confirmation");
        assertFailsAt(() -> appaloft.servers().delete(new DeleteServerInput(server,
                new DeleteServerInput.Confirmation("srv_other"), null)), "confirmation");

        assertThat(appaloft.servers().delete(DeleteServerInput.confirmed(server)).id()).isEqualTo(server);
        assertFails(() -> appaloft.servers().show(server), ErrorCode.NOT_FOUND);
        assertFails(() -> appaloft.servers().delete(DeleteServerInput.confirmed(server)), ErrorCode.NOT_FOUND);
        assertThat(appaloft.servers().list(new ListServersInput(null)).items()).isEmpty();
        assertThat(appaloft.servers().count().count()).isZero();
        // its name is free again, and the deployment still names the server it ran on
        appaloft.servers().create(CreateServerInput.localShell("this host"));
        var context = appaloft.deployments().show(new dev.appaloft.api.deployments.ShowDeploymentInput(deployment, null,
                null, true, null, null)).relatedContext();
        assertThat(context.server().id()).isEqualTo(server);
        assertThat(context.server().name()).as("a deleted server is named by id only").isNull();
        assertThat(audit()).containsSubsequence("server-deactivated", "server-deleted");
    }

    @Test
    void theServerLogsInThroughTheAgentAKeyOfItsOwnOrAStoredCredential() {
        String remote = appaloft.servers().create(new CreateServerInput("remote", "203.0.113.7", "generic-ssh", null,
                null, null)).id();
        assertThat(appaloft.servers().show(remote).server().credential()).isNull();

        appaloft.servers().configureCredential(remote, Credential.localAgent("deploy"));
        ServerView.Credential agent = appaloft.servers().show(remote).server().credential();
        assertThat(agent.kind()).isEqualTo(ServerView.Credential.Kind.LOCAL_SSH_AGENT);
        assertThat(agent.username()).isEqualTo("deploy");
        assertThat(agent.privateKeyConfigured()).isFalse();
        assertThat(login(remote).viaAgent()).isTrue();

        Key own = TestSshKeys.generate(SshKeyType.RSA, Format.PEM, "s3cret phrase");
        assertFailsAt(() -> appaloft.servers().configureCredential(remote,
                Credential.privateKey("root", own.privateKey(), "wrong")), "credential.passphrase");
        assertFailsAt(() -> appaloft.servers().configureCredential(remote,
                Credential.privateKey("root", "not a key", null)), "credential.privateKey");
        appaloft.servers().configureCredential(remote, Credential.privateKey("root", own.privateKey(), "s3cret phrase"));
        ServerView.Credential inline = appaloft.servers().show(remote).server().credential();
        assertThat(inline.kind()).isEqualTo(ServerView.Credential.Kind.SSH_PRIVATE_KEY);
        assertThat(inline.credentialId()).isNull();
        assertThat(inline.privateKeyConfigured()).isTrue();
        assertThat(login(remote).fingerprint()).isEqualTo(own.fingerprint());
        assertThat(login(remote).privateKey()).isEqualTo(own.privateKey());

        String stored = appaloft.sshCredentials().create(CreateSshCredentialInput.of("fleet key",
                TestSshKeys.ed25519().privateKey()).withUsername("ops")).id();
        assertFailsAt(() -> appaloft.servers().configureCredential(remote, new Credential(
                ConfigureServerCredentialInput.Kind.STORED_SSH_PRIVATE_KEY, null, null, own.privateKey(), null, stored)),
                "credential.privateKey");
        assertFailsAt(() -> appaloft.servers().configureCredential(remote, new Credential(
                ConfigureServerCredentialInput.Kind.LOCAL_SSH_AGENT, null, null, own.privateKey(), null, null)),
                "credential.privateKey");
        assertFails(() -> appaloft.servers().configureCredential(remote, Credential.stored("sshcred_nothing", null)),
                ErrorCode.NOT_FOUND);
        appaloft.servers().configureCredential(remote, Credential.stored(stored, null));
        ServerView.Credential reference = appaloft.servers().list(new ListServersInput(null)).items().stream()
                .filter(s -> s.id().equals(remote)).findFirst().orElseThrow().credential();
        assertThat(reference.credentialId()).isEqualTo(stored);
        assertThat(reference.credentialName()).isEqualTo("fleet key");
        assertThat(reference.username()).isEqualTo("ops");
        assertThat(login(remote).username()).isEqualTo("ops");
        assertThat(audit().stream().filter("deployment_target.credential_configured"::equals)).hasSize(3);
    }

    @Test
    void anotherOrganizationsServersAreNotFound() {
        var other = appaloft.as(Actor.user("usr_x", "org_other", Actor.Role.OWNER));
        assertFails(() -> other.servers().rename(server, "mine"), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().deactivate(server, null), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().deleteCheck(server), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().delete(DeleteServerInput.confirmed(server)), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().configureCredential(server, Credential.localAgent(null)), ErrorCode.NOT_FOUND);
        assertThat(appaloft.servers().show(server).server().lifecycleStatus()).isEqualTo(ServerLifecycleStatus.ACTIVE);
    }

    private ServerLogins.Login login(String serverId) {
        return store.read(r -> ServerLogins.of(r, AesGcmSecretBox.withKey("t", new byte[32]),
                ServerRepository.require(r, Actor.SELF_HOSTED_ORGANIZATION, serverId).value())).orElseThrow();
    }

    private List<String> audit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }

    private static List<String> kinds(ServerDeleteCheck check) {
        return check.blockers().stream().map(ServerDeleteCheck.Blocker::kind).toList();
    }

    private static void assertFailsAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.issues()).extracting(i -> i.dottedPath()).anySatisfy(p -> assertThat(p).startsWith(field)));
    }
}

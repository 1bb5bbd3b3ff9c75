package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.credentials.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.ConfigureServerCredentialInput.Credential;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.servers.ServerLogins;
import dev.appaloft.core.servers.ServerRepository;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Format;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Key;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code credentials.ssh.*} through the facade on one store: keys of every type are read (public
 * key and fingerprint as ssh-keygen says), sealed and never shown; bad keys and passphrases name
 * their field; a credential in use cannot be deleted, and rotating it moves every server using it
 * to the new key; other organizations see none of it.
 */
public abstract class SshCredentialScenarios {

    static final String PASSPHRASE = "a long passphrase";
    static final AesGcmSecretBox BOX = AesGcmSecretBox.withKey("t", new byte[32]);

    protected AppaloftEngine engine;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(BOX).build();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void everyKeyTypeInBothFormatsShowsItsPublicKeyAndFingerprint() {
        List<Key> keys = List.of(TestSshKeys.generate(SshKeyType.ED25519, Format.OPENSSH, PASSPHRASE),
                TestSshKeys.generate(SshKeyType.ED25519, Format.PKCS8, null),
                TestSshKeys.generate(SshKeyType.RSA, Format.OPENSSH, null),
                TestSshKeys.generate(SshKeyType.RSA, Format.PEM, PASSPHRASE),
                TestSshKeys.generate(SshKeyType.ECDSA, Format.OPENSSH, null),
                TestSshKeys.generate(SshKeyType.ECDSA, Format.PKCS8, PASSPHRASE));
        for (Key key : keys) {
            CreatedSshCredential created = engine.sshCredentials().create(CreateSshCredentialInput
                    .of("key " + key, key.privateKey()).withPassphrase(key.passphrase()).withPublicKey(key.publicKey()));
            assertThat(created.fingerprint()).as(key.toString()).isEqualTo(key.fingerprint());
            assertThat(created.publicKey()).as(key.toString()).isEqualTo(key.publicKey());

            SshCredentialSummary shown = engine.sshCredentials().show(created.id()).credential();
            assertThat(shown.keyType()).isEqualTo(key.type());
            assertThat(shown.fingerprint()).isEqualTo(key.fingerprint());
            assertThat(shown.publicKeyConfigured()).isTrue();
            assertThat(shown.privateKeyConfigured()).isTrue();
            assertThat(shown.rotatedAt()).isNull();
        }
        assertThat(engine.sshCredentials().list(ListSshCredentialsInput.all()).items())
                .as("keys made in the same millisecond may list in either order").extracting(SshCredentialSummary::fingerprint)
                .containsExactlyInAnyOrderElementsOf(keys.stream().map(Key::fingerprint).toList());
    }

    @Test
    void thePrivateKeyAndPassphraseAreSealedAndNeverShown() {
        Key key = TestSshKeys.generate(SshKeyType.ED25519, Format.OPENSSH, PASSPHRASE);
        String id = engine.sshCredentials().create(CreateSshCredentialInput.of("deploy", key.privateKey())
                .withPassphrase(PASSPHRASE).withUsername("deploy")).id();
        String server = engine.servers().create(new CreateServerInput("box", "10.0.0.5", "generic-ssh", null, null, null)).id();
        engine.servers().configureCredential(server, Credential.stored(id, null));

        String keyBody = key.privateKey().lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        String stored = engine.store().read(r -> r.find(StoreCollections.SSH_CREDENTIALS, id)).orElseThrow().body();
        List<String> written = new java.util.ArrayList<>(List.of(stored,
                Json.write(engine.sshCredentials().show(id)), Json.write(engine.sshCredentials().list(ListSshCredentialsInput.all())),
                Json.write(engine.servers().show(server)), engine.sshCredentials().show(id).toString()));
        engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 1000)).stream().map(StreamRecord::body).forEach(written::add);
        engine.store().read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000)).stream().map(StreamRecord::body)
                .forEach(written::add);
        assertThat(written).allSatisfy(text -> assertThat(text).doesNotContain(keyBody).doesNotContain(PASSPHRASE));

        // sealed, not lost: the server logs in with exactly what was given
        ServerLogins.Login login = engine.store().read(r -> ServerLogins.of(r, BOX,
                ServerRepository.require(r, Actor.SELF_HOSTED_ORGANIZATION, server).value())).orElseThrow();
        assertThat(login.privateKey()).isEqualTo(key.privateKey());
        assertThat(login.passphrase()).isEqualTo(PASSPHRASE);
        assertThat(login.username()).isEqualTo("deploy");
        assertThat(login.toString()).doesNotContain(keyBody);
    }

    @Test
    void badKeysAndPassphrasesNameTheirFieldAndStoreNothing() {
        Key encrypted = TestSshKeys.generate(SshKeyType.RSA, Format.PKCS8, PASSPHRASE);
        Key other = TestSshKeys.ed25519();
        long audit = auditCount();

        assertRefused(CreateSshCredentialInput.of("k", encrypted.privateKey()).withPassphrase("wrong"),
                ErrorCode.SSH_PRIVATE_KEY_PASSPHRASE_INCORRECT, "passphrase");
        assertRefused(CreateSshCredentialInput.of("k", encrypted.privateKey()),
                ErrorCode.SSH_PRIVATE_KEY_PASSPHRASE_REQUIRED, "passphrase");
        assertRefused(CreateSshCredentialInput.of("k", "-----BEGIN OPENSSH PRIVATE KEY-----\ngarbage\n"),
                ErrorCode.SSH_PRIVATE_KEY_INVALID, "privateKey");
        assertRefused(CreateSshCredentialInput.of("k", other.publicKey()), ErrorCode.SSH_PRIVATE_KEY_INVALID, "privateKey");
        assertRefused(CreateSshCredentialInput.of("k", TestSshKeys.dsa(Format.OPENSSH)),
                ErrorCode.SSH_PRIVATE_KEY_UNSUPPORTED, "privateKey");
        assertRefused(CreateSshCredentialInput.of("k", encrypted.privateKey()).withPassphrase(PASSPHRASE)
                .withPublicKey(other.publicKey()), ErrorCode.SSH_PUBLIC_KEY_MISMATCH, "publicKey");
        assertRefused(CreateSshCredentialInput.of("k", other.privateKey()).withPublicKey("ssh-ed25519 not-base64!"),
                ErrorCode.SSH_PUBLIC_KEY_INVALID, "publicKey");
        assertRefused(CreateSshCredentialInput.of(null, other.privateKey()), ErrorCode.VALIDATION_ERROR, "name");
        assertRefused(CreateSshCredentialInput.of("k", null), ErrorCode.VALIDATION_ERROR, "privateKey");
        assertRefused(CreateSshCredentialInput.of("k", other.privateKey()).withUsername("root; rm -rf /"),
                ErrorCode.VALIDATION_ERROR, "username");

        assertThat(engine.sshCredentials().list(ListSshCredentialsInput.all()).items()).isEmpty();
        assertThat(auditCount()).isEqualTo(audit);
    }

    @Test
    void aCredentialInUseCannotBeDeletedAndShowsWhoUsesIt() {
        Key key = TestSshKeys.ed25519();
        String id = engine.sshCredentials().create(CreateSshCredentialInput.of("ops", key.privateKey()).withUsername("ops")).id();
        String web = engine.servers().create(new CreateServerInput("web", "10.0.0.1", "generic-ssh", null, null, null)).id();
        String db = engine.servers().create(new CreateServerInput("db", "10.0.0.2", "generic-ssh", null, 2222L, null)).id();
        engine.servers().configureCredential(web, Credential.stored(id, null));
        engine.servers().configureCredential(db, Credential.stored(id, "root"));
        engine.servers().deactivate(db, "retired");

        SshCredentialUsage usage = engine.sshCredentials().show(id).usage();
        assertThat(usage.totalServers()).isEqualTo(2);
        assertThat(usage.activeServers()).isEqualTo(1);
        assertThat(usage.inactiveServers()).isEqualTo(1);
        assertThat(usage.servers()).extracting(SshCredentialUsage.Server::serverId, SshCredentialUsage.Server::username,
                        SshCredentialUsage.Server::lifecycleStatus)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(web, "ops", ServerLifecycleStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(db, "root", ServerLifecycleStatus.INACTIVE));
        assertThat(engine.sshCredentials().list(ListSshCredentialsInput.all()).items().get(0).usage().totalServers())
                .isEqualTo(2);

        assertFails(() -> engine.sshCredentials().delete(DeleteSshCredentialInput.confirmed(id)), ErrorCode.CREDENTIAL_IN_USE);
        engine.servers().configureCredential(web, Credential.localAgent("deploy"));
        assertFails(() -> engine.sshCredentials().delete(DeleteSshCredentialInput.confirmed(id)), ErrorCode.CREDENTIAL_IN_USE);
        engine.servers().configureCredential(db, Credential.localAgent(null));
        assertThat(engine.sshCredentials().show(id).usage().totalServers()).isZero();

        assertRefusedAt(() -> engine.sshCredentials().delete(new DeleteSshCredentialInput(id,
                new DeleteSshCredentialInput.Confirmation("sshcred_other"), null)), "confirmation");
        assertThat(engine.sshCredentials().delete(DeleteSshCredentialInput.confirmed(id)).id()).isEqualTo(id);
        assertFails(() -> engine.sshCredentials().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> engine.servers().configureCredential(web, Credential.stored(id, null)), ErrorCode.NOT_FOUND);
    }

    @Test
    void rotatingMovesEveryServerThatUsesTheCredentialToTheNewKey() {
        Key first = TestSshKeys.ed25519();
        Key second = TestSshKeys.generate(SshKeyType.ECDSA, Format.PEM, PASSPHRASE);
        String id = engine.sshCredentials().create(CreateSshCredentialInput.of("fleet", first.privateKey())
                .withUsername("deploy")).id();
        List<String> servers = List.of("a", "b").stream().map(name -> engine.servers().create(
                new CreateServerInput(name, name + ".example.com", "generic-ssh", null, null, null)).id()).toList();
        servers.forEach(s -> engine.servers().configureCredential(s, Credential.stored(id, null)));
        assertThat(servers).allSatisfy(s -> assertThat(login(s).fingerprint()).isEqualTo(first.fingerprint()));

        assertFails(() -> engine.sshCredentials().rotate(new RotateSshCredentialInput(id, second.privateKey(), null, null,
                new RotateSshCredentialInput.Confirmation(id, null), null, PASSPHRASE)),
                ErrorCode.CREDENTIAL_ROTATION_REQUIRES_USAGE_ACKNOWLEDGEMENT);
        assertFails(() -> engine.sshCredentials().rotate(RotateSshCredentialInput.acknowledged(id, second.privateKey(),
                "wrong")), ErrorCode.SSH_PRIVATE_KEY_PASSPHRASE_INCORRECT);
        assertThat(login(servers.get(0)).fingerprint()).as("a refused rotation changes nothing").isEqualTo(first.fingerprint());

        RotatedSshCredential rotated = engine.sshCredentials().rotate(RotateSshCredentialInput.acknowledged(id,
                second.privateKey(), PASSPHRASE));
        assertThat(rotated.credential().id()).isEqualTo(id);
        assertThat(rotated.credential().usernameConfigured()).as("absent username is kept").isTrue();
        assertThat(rotated.credential().rotatedAt()).isNotNull();
        assertThat(rotated.fingerprint()).isEqualTo(second.fingerprint());
        assertThat(rotated.affectedUsage().totalServers()).isEqualTo(2);
        assertThat(servers).allSatisfy(s -> {
            ServerLogins.Login login = login(s);
            assertThat(login.fingerprint()).isEqualTo(second.fingerprint());
            assertThat(login.privateKey()).isEqualTo(second.privateKey());
            assertThat(login.passphrase()).isEqualTo(PASSPHRASE);
            assertThat(login.username()).isEqualTo("deploy");
        });
        SshCredentialSummary shown = engine.sshCredentials().show(id).credential();
        assertThat(shown.fingerprint()).isEqualTo(second.fingerprint());
        assertThat(shown.keyType()).isEqualTo(SshKeyType.ECDSA);
        assertThat(shown.rotatedAt()).isEqualTo(rotated.credential().rotatedAt());

        // an empty username (JSON null over HTTP) clears the credential's login name
        RotatedSshCredential cleared = engine.sshCredentials().rotate(new RotateSshCredentialInput(id, first.privateKey(),
                null, "", new RotateSshCredentialInput.Confirmation(id, true), null, null));
        assertThat(cleared.credential().usernameConfigured()).isFalse();
        assertThat(login(servers.get(1)).username()).isNull();
        assertThat(auditTypes()).containsSubsequence("ssh-credential.created", "ssh-credential.rotated",
                "ssh-credential.rotated");
    }

    @Test
    void anotherOrganizationNeitherSeesNorUsesTheCredential() {
        String id = engine.sshCredentials().create(CreateSshCredentialInput.of("ours", TestSshKeys.ed25519().privateKey())).id();
        Appaloft.Session other = engine.as(Actor.user("usr_x", "org_other", Actor.Role.OWNER));
        String theirServer = other.servers().create(new CreateServerInput("theirs", "10.9.9.9", "generic-ssh", null, null,
                null)).id();

        assertThat(other.sshCredentials().list(ListSshCredentialsInput.all()).items()).isEmpty();
        assertFails(() -> other.sshCredentials().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().configureCredential(theirServer, Credential.stored(id, null)), ErrorCode.NOT_FOUND);
        assertFails(() -> other.sshCredentials().delete(DeleteSshCredentialInput.confirmed(id)), ErrorCode.NOT_FOUND);
        assertFails(() -> other.sshCredentials().rotate(RotateSshCredentialInput.acknowledged(id,
                TestSshKeys.ed25519().privateKey(), null)), ErrorCode.NOT_FOUND);
        assertThat(engine.sshCredentials().show(id).credential().name()).isEqualTo("ours");
    }

    private ServerLogins.Login login(String serverId) {
        return engine.store().read(r -> ServerLogins.of(r, BOX,
                ServerRepository.require(r, Actor.SELF_HOSTED_ORGANIZATION, serverId).value())).orElseThrow();
    }

    private void assertRefused(CreateSshCredentialInput input, ErrorCode code, String field) {
        assertThatThrownBy(() -> engine.sshCredentials().create(input)).isInstanceOfSatisfying(AppaloftException.class,
                e -> {
                    assertThat(e.code()).as(field).isEqualTo(code);
                    assertThat(e.issues()).extracting(i -> i.dottedPath()).contains(field);
                });
    }

    private static void assertRefusedAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.issues()).extracting(i -> String.valueOf(i.path().get(0))).contains(field);
        });
    }

    private long auditCount() {
        return engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).size();
    }

    private List<String> auditTypes() {
        return engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }
}

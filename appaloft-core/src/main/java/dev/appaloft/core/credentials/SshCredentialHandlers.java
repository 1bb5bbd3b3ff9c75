package dev.appaloft.core.credentials;

import static dev.appaloft.api.catalog.ServerOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.credentials.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code credentials.ssh.*}: reusable SSH private keys. The key is read when it is given (its type,
 * public key and fingerprint are kept in the clear), sealed with the passphrase, and never shown
 * again. A credential in use by a server cannot be deleted; rotating it replaces the key every
 * server that uses it logs in with.
 */
public final class SshCredentialHandlers {

    static final int NAME = 120;
    /** A login name as OpenSSH and useradd take it. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]{0,63}");

    private final CoreContext ctx;
    private final SshKeys keys;
    private final CredentialUsage usage;

    private SshCredentialHandlers(CoreContext ctx, SshKeys keys, CredentialUsage usage) {
        this.ctx = ctx;
        this.keys = keys;
        this.usage = usage;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, CredentialUsage usage) {
        SshCredentialHandlers h = new SshCredentialHandlers(ctx, SshKeys.discovered(), usage);
        registry.register(CREDENTIALS_SSH_CREATE, h::create)
                .register(CREDENTIALS_SSH_LIST, h::list)
                .register(CREDENTIALS_SSH_SHOW, h::show)
                .register(CREDENTIALS_SSH_DELETE, h::delete)
                .register(CREDENTIALS_SSH_ROTATE, h::rotate);
    }

    /** Checks a login name; null stays null. */
    public static String username(Validation v, String field, String value) {
        String name = v.optionalText(field, value, 64);
        v.check(name == null || USERNAME.matcher(name).matches(), field,
                field + " must be a login name (letters, digits, '.', '_' and '-')");
        return name;
    }

    CreatedSshCredential create(CreateSshCredentialInput in, Actor actor) {
        Validation v = new Validation();
        String name = v.text("name", in.name(), NAME);
        v.required("kind", in.kind());
        String username = username(v, "username", in.username());
        String publicKey = v.optionalText("publicKey", in.publicKey(), SshKeys.MAX_PRIVATE_KEY);
        keyFields(v, in.privateKey(), in.passphrase());
        v.throwIfInvalid();
        SealedKey key = keys.seal(ctx.secrets(), "", in.privateKey(), in.passphrase(), publicKey);
        return ctx.command(actor, "credentials.ssh.create", uow -> {
            SshCredential credential = new SshCredential(Ids.next("sshcred"), actor.organizationId(), name, username, key,
                    uow.now(), null);
            SshCredentialRepository.CREDENTIALS.insert(uow.tx(), credential, uow.now());
            uow.event("ssh-credential.created", credential.id(), Map.of("name", name, "keyType", key.type().wire(),
                    "fingerprint", key.fingerprint()));
            return new CreatedSshCredential(credential.id(), key.publicKey(), key.fingerprint());
        });
    }

    SshCredentialList list(ListSshCredentialsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 500);
        v.throwIfInvalid();
        return ctx.read(r -> {
            List<SshCredential> credentials = SshCredentialRepository.list(r, actor.organizationId(), limit);
            Map<String, List<SshCredentialUsage.Server>> servers = usage.servers(r, actor.organizationId(),
                    credentials.stream().map(SshCredential::id).toList());
            return new SshCredentialList(credentials.stream()
                    .map(c -> c.summary(usageOf(c, servers.getOrDefault(c.id(), List.of())))).toList());
        });
    }

    SshCredentialDetail show(ShowSshCredentialInput in, Actor actor) {
        return ctx.read(r -> {
            SshCredential credential = SshCredentialRepository.require(r, actor.organizationId(), in.credentialId()).value();
            SshCredentialUsage used = Boolean.FALSE.equals(in.includeUsage()) ? null : usage(r, credential);
            return new SshCredentialDetail(SshCredentialDetail.SCHEMA_VERSION, credential.summary(used), used,
                    Timestamps.format(ctx.now()));
        });
    }

    IdOutput delete(DeleteSshCredentialInput in, Actor actor) {
        confirm(in.credentialId(), in.confirmation() == null ? null : in.confirmation().credentialId());
        return ctx.command(actor, "credentials.ssh.delete", uow -> {
            Versioned<SshCredential> current = SshCredentialRepository.require(uow.tx(), actor.organizationId(),
                    in.credentialId());
            SshCredentialUsage used = usage(uow.tx(), current.value());
            if (used.totalServers() > 0) {
                throw new AppaloftException(ErrorCode.CREDENTIAL_IN_USE, "credential " + in.credentialId()
                        + " is used by " + used.totalServers() + " server(s); give them another credential first",
                        List.of(), Map.of("totalServers", used.totalServers(), "serverIds", serverIds(used)), null);
            }
            SshCredentialRepository.CREDENTIALS.delete(uow.tx(), current);
            uow.event("ssh-credential.deleted", current.value().id(), Map.of("name", current.value().name(),
                    "fingerprint", current.value().key().fingerprint()));
            return new IdOutput(current.value().id());
        });
    }

    RotatedSshCredential rotate(RotateSshCredentialInput in, Actor actor) {
        confirm(in.credentialId(), in.confirmation() == null ? null : in.confirmation().credentialId());
        Validation v = new Validation();
        // absent keeps the login name, null (or empty) clears it
        String username = in.username() == null || in.username().isEmpty() ? null : username(v, "username", in.username());
        String publicKey = v.optionalText("publicKey", in.publicKey(), SshKeys.MAX_PRIVATE_KEY);
        keyFields(v, in.privateKey(), in.passphrase());
        v.throwIfInvalid();
        // an unknown credential is not found whatever key came with it
        ctx.read(r -> SshCredentialRepository.require(r, actor.organizationId(), in.credentialId()));
        SealedKey key = keys.seal(ctx.secrets(), "", in.privateKey(), in.passphrase(), publicKey);
        boolean acknowledged = Boolean.TRUE.equals(in.confirmation().acknowledgeServerUsage());
        return ctx.command(actor, "credentials.ssh.rotate", uow -> {
            Versioned<SshCredential> current = SshCredentialRepository.require(uow.tx(), actor.organizationId(),
                    in.credentialId());
            SshCredentialUsage used = usage(uow.tx(), current.value());
            if (used.totalServers() > 0 && !acknowledged) {
                throw new AppaloftException(ErrorCode.CREDENTIAL_ROTATION_REQUIRES_USAGE_ACKNOWLEDGEMENT,
                        "credential " + in.credentialId() + " is used by " + used.totalServers() + " server(s), which"
                                + " will log in with the new key: confirm with acknowledgeServerUsage",
                        List.of(), Map.of("totalServers", used.totalServers(), "activeServers", used.activeServers(),
                        "inactiveServers", used.inactiveServers(), "serverIds", serverIds(used)), null);
            }
            String nextUsername = in.username() == null ? current.value().username() : username;
            SshCredential rotated = current.value().rotate(key, nextUsername, uow.now());
            SshCredentialRepository.CREDENTIALS.update(uow.tx(), current, rotated, uow.now());
            uow.event("ssh-credential.rotated", rotated.id(), Map.of("previousFingerprint",
                    current.value().key().fingerprint(), "fingerprint", key.fingerprint(),
                    "affectedServers", used.totalServers()));
            return new RotatedSshCredential(RotatedSshCredential.SCHEMA_VERSION, new RotatedSshCredential.Credential(
                    rotated.id(), SshCredentialKind.SSH_PRIVATE_KEY, rotated.username() != null, true, true,
                    Timestamps.format(rotated.rotatedAt())), usageOf(rotated, used.servers()), key.publicKey(),
                    key.fingerprint());
        });
    }

    private SshCredentialUsage usage(StoreReader r, SshCredential credential) {
        return usageOf(credential, usage.servers(r, credential.organizationId(), Set.of(credential.id()))
                .getOrDefault(credential.id(), List.of()));
    }

    /** A server without a login name of its own logs in as the credential's. */
    private static SshCredentialUsage usageOf(SshCredential credential, List<SshCredentialUsage.Server> servers) {
        return SshCredentialUsage.of(servers.stream().map(s -> s.username() != null || credential.username() == null ? s
                : new SshCredentialUsage.Server(s.serverId(), s.serverName(), s.lifecycleStatus(), s.providerKey(),
                s.host(), credential.username())).toList());
    }

    private static List<String> serverIds(SshCredentialUsage used) {
        return used.servers().stream().map(SshCredentialUsage.Server::serverId).toList();
    }

    static void keyFields(Validation v, String privateKey, String passphrase) {
        v.required("privateKey", privateKey);
        v.check(privateKey == null || !privateKey.isBlank(), "privateKey", "privateKey must not be blank");
        v.maxLength("privateKey", privateKey, SshKeys.MAX_PRIVATE_KEY);
        v.maxLength("passphrase", passphrase, SshKeys.MAX_PASSPHRASE);
    }

    private static void confirm(String credentialId, String confirmed) {
        if (confirmed == null) {
            throw AppaloftException.validation(List.of(new Issue("invalid_type", List.of("confirmation", "credentialId"),
                    "confirm by repeating the credential id", "string", null, null)));
        }
        if (!confirmed.equals(credentialId)) {
            throw AppaloftException.validation(List.of(new Issue("custom", List.of("confirmation", "credentialId"),
                    "the confirmation does not match the credential id", null, null, null)));
        }
    }
}

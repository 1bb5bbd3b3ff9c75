package dev.appaloft.core.servers;

import dev.appaloft.api.Actor;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.ConfigureServerCredentialInput.Credential;
import dev.appaloft.core.credentials.SealedKey;
import dev.appaloft.core.credentials.SshCredentialHandlers;
import dev.appaloft.core.credentials.SshCredentialRepository;
import dev.appaloft.core.credentials.SshKeys;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code servers.configureCredential}: the control plane's SSH agent, a key for this server alone
 * (read, checked and sealed like a reusable one), or a reusable credential by id. Fields a form
 * does not take are refused rather than dropped, so no key given by mistake is kept silently.
 */
final class ConfigureServerCredentialHandler implements Handler<ConfigureServerCredentialInput, Void> {

    private final CoreContext ctx;
    private final SshKeys keys;

    ConfigureServerCredentialHandler(CoreContext ctx, SshKeys keys) {
        this.ctx = ctx;
        this.keys = keys;
    }

    @Override
    public Void handle(ConfigureServerCredentialInput in, Actor actor) {
        Validation v = new Validation();
        Credential c = in.credential();
        v.required("credential", c);
        v.throwIfInvalid();
        v.required("credential.kind", c.kind());
        v.throwIfInvalid();
        String username = SshCredentialHandlers.username(v, "credential.username", c.username());
        String credentialId = null;
        String publicKey = null;
        switch (c.kind()) {
            case LOCAL_SSH_AGENT -> {
                absent(v, "credential.privateKey", c.privateKey(), "the SSH agent holds the key");
                absent(v, "credential.publicKey", c.publicKey(), "the SSH agent holds the key");
                absent(v, "credential.passphrase", c.passphrase(), "the SSH agent holds the key");
                absent(v, "credential.credentialId", c.credentialId(), "use kind stored-ssh-private-key for a credential");
            }
            case SSH_PRIVATE_KEY -> {
                publicKey = v.optionalText("credential.publicKey", c.publicKey(), SshKeys.MAX_PRIVATE_KEY);
                v.required("credential.privateKey", c.privateKey());
                v.check(c.privateKey() == null || !c.privateKey().isBlank(), "credential.privateKey",
                        "credential.privateKey must not be blank");
                v.maxLength("credential.privateKey", c.privateKey(), SshKeys.MAX_PRIVATE_KEY);
                v.maxLength("credential.passphrase", c.passphrase(), SshKeys.MAX_PASSPHRASE);
                absent(v, "credential.credentialId", c.credentialId(), "use kind stored-ssh-private-key for a credential");
            }
            case STORED_SSH_PRIVATE_KEY -> {
                credentialId = v.text("credential.credentialId", c.credentialId(), 100);
                absent(v, "credential.privateKey", c.privateKey(), "the credential holds the key");
                absent(v, "credential.publicKey", c.publicKey(), "the credential holds the key");
                absent(v, "credential.passphrase", c.passphrase(), "the credential holds the key");
            }
        }
        v.throwIfInvalid();
        SealedKey key = c.kind() == ConfigureServerCredentialInput.Kind.SSH_PRIVATE_KEY
                ? keys.seal(ctx.secrets(), "credential.", c.privateKey(), c.passphrase(), publicKey) : null;
        ServerCredential credential = new ServerCredential(ServerCredential.Kind.valueOf(c.kind().name()), credentialId,
                username, key);
        return ctx.command(actor, "servers.configureCredential", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("kind", c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (credential.credentialId() != null) {
                // claimed in this transaction: a delete racing this attach loses and sees the server
                SshCredentialRepository.claim(uow.tx(), SshCredentialRepository.require(uow.tx(), actor.organizationId(),
                        credential.credentialId()), uow.now());
                payload.put("credentialId", credential.credentialId());
            }
            if (key != null) {
                payload.put("fingerprint", key.fingerprint());
            }
            ServerRepository.update(uow.tx(), current, current.value().withCredential(credential), uow.now());
            uow.event("deployment_target.credential_configured", in.serverId(), payload);
            return null;
        });
    }

    private static void absent(Validation v, String field, String value, String why) {
        v.check(value == null, field, field + " does not go with this kind of credential: " + why);
    }
}

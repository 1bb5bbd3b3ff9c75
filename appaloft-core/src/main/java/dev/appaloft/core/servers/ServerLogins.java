package dev.appaloft.core.servers;

import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.credentials.SealedKey;
import dev.appaloft.core.credentials.SshCredential;
import dev.appaloft.core.credentials.SshCredentialRepository;
import dev.appaloft.core.secrets.SecretBox;
import java.util.Optional;

/**
 * What the SSH runtime logs in to a server with, opened at the moment of use: a reusable
 * credential is read then, so after a rotation every server that uses it logs in with the new key.
 */
public final class ServerLogins {

    /** {@code privateKey} null: log in through the control plane's SSH agent. */
    public record Login(String username, String privateKey, String passphrase, String fingerprint) {

        public boolean viaAgent() {
            return privateKey == null;
        }

        @Override
        public String toString() {
            return "Login[" + username + ", " + (viaAgent() ? "ssh-agent" : fingerprint) + "]";
        }
    }

    private ServerLogins() {
    }

    /** Empty when the server has no credential configured. */
    public static Optional<Login> of(StoreReader reader, SecretBox box, Server server) {
        ServerCredential credential = server.credential();
        if (credential == null) {
            return Optional.empty();
        }
        return switch (credential.kind()) {
            case LOCAL_SSH_AGENT -> Optional.of(new Login(credential.username(), null, null, null));
            case SSH_PRIVATE_KEY -> Optional.of(open(credential.username(), credential.key(), box));
            case STORED_SSH_PRIVATE_KEY -> SshCredentialRepository.find(reader, server.organizationId(),
                    credential.credentialId()).map(found -> {
                        SshCredential stored = found.value();
                        return open(credential.username() != null ? credential.username() : stored.username(),
                                stored.key(), box);
                    });
        };
    }

    private static Login open(String username, SealedKey key, SecretBox box) {
        return new Login(username, key.openPrivateKey(box), key.openPassphrase(box), key.fingerprint());
    }
}

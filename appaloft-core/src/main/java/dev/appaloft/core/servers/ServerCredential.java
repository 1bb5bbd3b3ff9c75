package dev.appaloft.core.servers;

import dev.appaloft.api.servers.ServerView;
import dev.appaloft.core.credentials.SealedKey;
import dev.appaloft.core.credentials.SshCredential;

/**
 * How the control plane logs in to a server: its own SSH agent, a key given to this server alone
 * ({@code key}, sealed), or a reusable credential it refers to by id (never a copy, so the
 * credential's rotation is the server's). {@code username} overrides the credential's.
 */
public record ServerCredential(Kind kind, String credentialId, String username, SealedKey key) {

    public enum Kind { LOCAL_SSH_AGENT, SSH_PRIVATE_KEY, STORED_SSH_PRIVATE_KEY }

    ServerView.Credential view(SshCredential stored) {
        return switch (kind) {
            case LOCAL_SSH_AGENT -> new ServerView.Credential(ServerView.Credential.Kind.LOCAL_SSH_AGENT, null, null,
                    username, false, false);
            case SSH_PRIVATE_KEY -> new ServerView.Credential(ServerView.Credential.Kind.SSH_PRIVATE_KEY, null, null,
                    username, true, true);
            case STORED_SSH_PRIVATE_KEY -> new ServerView.Credential(ServerView.Credential.Kind.SSH_PRIVATE_KEY,
                    credentialId, stored == null ? null : stored.name(),
                    username != null || stored == null ? username : stored.username(), stored != null, stored != null);
        };
    }
}

package dev.appaloft.core.credentials;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.credentials.SshCredentialKind;
import dev.appaloft.api.credentials.SshCredentialSummary;
import dev.appaloft.api.credentials.SshCredentialUsage;
import java.time.Instant;

/**
 * A reusable SSH private key of one organization. Servers refer to it by id, so a rotation is one
 * write that every server using it sees. {@code username} is the default login of those servers.
 */
public record SshCredential(String id, String organizationId, String name, String username, SealedKey key,
                            Instant createdAt, Instant rotatedAt) {

    SshCredential rotate(SealedKey next, String nextUsername, Instant now) {
        return new SshCredential(id, organizationId, name, nextUsername, next, createdAt, now);
    }

    SshCredentialSummary summary(SshCredentialUsage usage) {
        return new SshCredentialSummary(id, name, SshCredentialKind.SSH_PRIVATE_KEY, username, true, true,
                Timestamps.format(createdAt), Timestamps.format(rotatedAt), key.type(), key.publicKey(),
                key.fingerprint(), usage);
    }
}

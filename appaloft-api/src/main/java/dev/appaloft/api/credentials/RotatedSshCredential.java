package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.ResponseHeaders;
import java.util.Map;

/**
 * {@code credentials.ssh.rotate}: the rotated credential and the servers that now use the new key.
 * The new public key and fingerprint: to the facade as fields, over HTTP in headers.
 */
public record RotatedSshCredential(String schemaVersion, Credential credential, SshCredentialUsage affectedUsage,
                                   @JsonIgnore String publicKey, @JsonIgnore String fingerprint)
        implements ResponseHeaders {

    public static final String SCHEMA_VERSION = "credentials.rotate-ssh/v1";

    public record Credential(String id, SshCredentialKind kind, boolean usernameConfigured, boolean publicKeyConfigured,
                             boolean privateKeyConfigured, String rotatedAt) {
    }

    @Override
    public Map<String, String> responseHeaders() {
        return SshCredentialSummary.keyHeaders(publicKey, fingerprint);
    }
}

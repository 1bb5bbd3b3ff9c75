package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.ResponseHeaders;
import java.util.Map;

/**
 * The answer to {@code credentials.ssh.create}: the spec's {@code {id}}, and the public key to put
 * in the servers' {@code authorized_keys} with its fingerprint (to the facade as fields, over HTTP
 * in the {@link SshCredentialSummary#PUBLIC_KEY_HEADER} and {@link SshCredentialSummary#FINGERPRINT_HEADER}
 * headers, since the spec's body has no place for them).
 */
public record CreatedSshCredential(String id, @JsonIgnore String publicKey, @JsonIgnore String fingerprint)
        implements ResponseHeaders {

    @Override
    public Map<String, String> responseHeaders() {
        return SshCredentialSummary.keyHeaders(publicKey, fingerprint);
    }
}

package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.common.ResponseHeaders;
import java.util.Map;

/**
 * {@code credentials.ssh.show}: the credential and the servers that use it. Over HTTP the public
 * key and its fingerprint come in the {@link SshCredentialSummary#PUBLIC_KEY_HEADER} and
 * {@link SshCredentialSummary#FINGERPRINT_HEADER} headers (the spec's body has no place for them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SshCredentialDetail(String schemaVersion, SshCredentialSummary credential, SshCredentialUsage usage,
                                  String generatedAt) implements ResponseHeaders {

    public static final String SCHEMA_VERSION = "credentials.show/v1";

    @Override
    public Map<String, String> responseHeaders() {
        return SshCredentialSummary.keyHeaders(credential.publicKey(), credential.fingerprint());
    }
}

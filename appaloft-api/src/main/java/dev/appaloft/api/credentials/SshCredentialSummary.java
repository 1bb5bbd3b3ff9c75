package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.ssh.SshKeyType;
import java.util.Map;

/**
 * A reusable SSH credential as reads show it: whether key material is configured, never the
 * private key. The facade also gets the key's type, public key and fingerprint and, from
 * {@code credentials.ssh.list} and {@code show}, the servers that use it; over HTTP the spec's
 * body has no place for those (show answers the key in headers, and its usage in the body).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SshCredentialSummary(
        String id,
        String name,
        SshCredentialKind kind,
        String username,
        boolean publicKeyConfigured,
        boolean privateKeyConfigured,
        String createdAt,
        String rotatedAt,
        @JsonIgnore SshKeyType keyType,
        @JsonIgnore String publicKey,
        @JsonIgnore String fingerprint,
        @JsonIgnore SshCredentialUsage usage) {

    /** The credential's public key ({@code <algorithm> <base64>}), where the HTTP body has no place for it. */
    public static final String PUBLIC_KEY_HEADER = "Appaloft-Ssh-Public-Key";
    /** The public key's OpenSSH fingerprint ({@code SHA256:...}). */
    public static final String FINGERPRINT_HEADER = "Appaloft-Ssh-Public-Key-Fingerprint";

    static Map<String, String> keyHeaders(String publicKey, String fingerprint) {
        return publicKey == null ? Map.of() : Map.of(PUBLIC_KEY_HEADER, publicKey, FINGERPRINT_HEADER, fingerprint);
    }
}

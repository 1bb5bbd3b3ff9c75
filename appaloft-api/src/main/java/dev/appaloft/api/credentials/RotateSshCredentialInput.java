package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * {@code credentials.ssh.rotate}: new key material under the same id, so every server that uses
 * the credential uses the new key from then on. Confirmed by repeating the id; a credential in
 * use needs {@code acknowledgeServerUsage}. {@code username}: absent keeps it, JSON {@code null}
 * (or, from the facade, an empty text) clears it. {@code publicKey}, when given, must match the
 * new private key. {@code passphrase} opens an encrypted key (an extension, as on create).
 */
public record RotateSshCredentialInput(String credentialId, String privateKey, String publicKey,
                                       @JsonSetter(nulls = Nulls.AS_EMPTY) String username,
                                       Confirmation confirmation, String idempotencyKey, String passphrase) {

    public record Confirmation(String credentialId, Boolean acknowledgeServerUsage) {
    }

    /** A rotation confirmed by id, acknowledging the servers that use the credential. */
    public static RotateSshCredentialInput acknowledged(String credentialId, String privateKey, String passphrase) {
        return new RotateSshCredentialInput(credentialId, privateKey, null, null, new Confirmation(credentialId, true),
                null, passphrase);
    }

    @Override
    public String toString() {
        return "RotateSshCredentialInput[credentialId=" + credentialId + ", privateKey=***]";
    }
}

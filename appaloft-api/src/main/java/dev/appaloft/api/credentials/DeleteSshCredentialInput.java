package dev.appaloft.api.credentials;

/** {@code credentials.ssh.delete}: confirmed by repeating the id; refused while a server uses the credential. */
public record DeleteSshCredentialInput(String credentialId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String credentialId) {
    }

    public static DeleteSshCredentialInput confirmed(String credentialId) {
        return new DeleteSshCredentialInput(credentialId, new Confirmation(credentialId), null);
    }
}

package dev.appaloft.api.credentials;

/**
 * {@code credentials.ssh.create}: a reusable SSH private key (ed25519, RSA or ECDSA; OpenSSH or
 * PEM). The public key is derived from the private one; a {@code publicKey} given must match it.
 * {@code passphrase} opens an encrypted key (an extension: the spec's body has no place for it,
 * and its schema allows extra fields). The private key and passphrase are sealed at rest and
 * never shown again.
 */
public record CreateSshCredentialInput(String name, SshCredentialKind kind, String username, String publicKey,
                                       String privateKey, String passphrase) {

    public static CreateSshCredentialInput of(String name, String privateKey) {
        return new CreateSshCredentialInput(name, SshCredentialKind.SSH_PRIVATE_KEY, null, null, privateKey, null);
    }

    public CreateSshCredentialInput withUsername(String value) {
        return new CreateSshCredentialInput(name, kind, value, publicKey, privateKey, passphrase);
    }

    public CreateSshCredentialInput withPassphrase(String value) {
        return new CreateSshCredentialInput(name, kind, username, publicKey, privateKey, value);
    }

    public CreateSshCredentialInput withPublicKey(String value) {
        return new CreateSshCredentialInput(name, kind, username, value, privateKey, passphrase);
    }

    @Override
    public String toString() {
        return "CreateSshCredentialInput[name=" + name + ", username=" + username + ", privateKey=***]";
    }
}

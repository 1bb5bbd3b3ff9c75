package dev.appaloft.api.credentials;

/** {@code credentials.ssh.show}; {@code includeUsage} defaults to true, as in the original. */
public record ShowSshCredentialInput(String credentialId, Boolean includeUsage) {
}

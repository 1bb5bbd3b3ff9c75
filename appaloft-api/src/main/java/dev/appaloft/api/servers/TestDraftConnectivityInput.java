package dev.appaloft.api.servers;

/**
 * {@code servers.testDraftConnectivity}: checks a server before it is saved, with the credential
 * forms of {@code servers.configureCredential}. Nothing is stored, not even its host key.
 */
public record TestDraftConnectivityInput(Draft server) {

    public record Draft(String name, String host, String providerKey, Long port,
                        ConfigureServerCredentialInput.Credential credential) {
    }
}

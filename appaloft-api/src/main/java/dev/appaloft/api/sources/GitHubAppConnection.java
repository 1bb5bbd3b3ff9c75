package dev.appaloft.api.sources;

/**
 * {@code integrations.github.appConnection.show}: {@code configured} and {@code connected} once a
 * GitHub App (id and private key) is configured and GitHub answers for its installation (account,
 * repository selection, suspension); {@code unknown} when GitHub could not be asked; without an App,
 * {@code partial} (push webhooks verified with a secret) or {@code not-configured}.
 */
public record GitHubAppConnection(String configurationStatus, boolean connected, String tenantId, String webhookUrl,
                                  String accountLogin, String accountType, String installationId,
                                  String repositoriesSelection, String suspendedAt, String updatedAt,
                                  String installUrl) {

    public GitHubAppConnection(String configurationStatus, boolean connected, String tenantId, String webhookUrl) {
        this(configurationStatus, connected, tenantId, webhookUrl, null, null, null, null, null, null, null);
    }
}

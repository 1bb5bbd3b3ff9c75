package dev.appaloft.api.sources;

/**
 * {@code integrations.github.appConnection.show}: this instance has no GitHub App support, so it
 * is never connected; {@code configurationStatus} says whether push webhooks are verified
 * ({@code partial} with a webhook secret, {@code not-configured} without).
 */
public record GitHubAppConnection(String configurationStatus, boolean connected, String tenantId, String webhookUrl) {
}

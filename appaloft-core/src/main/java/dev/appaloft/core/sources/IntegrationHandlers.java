package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW;
import static dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_LIST;

import dev.appaloft.api.Actor;
import dev.appaloft.api.sources.GitHubAppConnection;
import dev.appaloft.api.sources.IntegrationList;
import dev.appaloft.api.sources.ListIntegrationsInput;
import dev.appaloft.api.sources.ShowGitHubAppConnectionInput;
import dev.appaloft.core.internal.HandlerRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code integrations.*}, answered from what this instance is configured with and nothing else:
 * it verifies GitHub push webhooks when it has a webhook secret, and has no GitHub App (so it is
 * never "connected"; {@code integrations.github.repositories.list} stays not implemented).
 */
final class IntegrationHandlers {

    static final String WEBHOOK_PATH = "/api/integrations/github/source-events";

    private final GitHubWebhookSecret gitHubSecret;

    IntegrationHandlers(GitHubWebhookSecret gitHubSecret) {
        this.gitHubSecret = gitHubSecret;
    }

    void register(HandlerRegistry registry) {
        registry.register(INTEGRATIONS_LIST, this::list)
                .register(INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW, this::appConnection);
    }

    IntegrationList list(ListIntegrationsInput in, Actor actor) {
        List<IntegrationList.Diagnostic> github = new ArrayList<>();
        if (gitHubSecret.configured()) {
            github.add(new IntegrationList.Diagnostic("github_webhook_configured", "info", "push webhooks to "
                    + WEBHOOK_PATH + " are verified with the configured secret", null));
        } else {
            github.add(new IntegrationList.Diagnostic("github_webhook_secret_missing", "warning", "no GitHub webhook "
                    + "secret is configured (APPALOFT_GITHUB_WEBHOOK_SECRET): push webhooks are refused", null));
        }
        github.add(new IntegrationList.Diagnostic("github_app_unsupported", "info", "this instance has no GitHub App "
                + "connection: repositories are not listed and private clones need remote-git credentials", null));
        IntegrationList.Integration gitHub = new IntegrationList.Integration("github", "GitHub",
                List.of("source-events.push-webhook"), null, null, null,
                new IntegrationList.Configuration(gitHubSecret.configured() ? "partial" : "not-configured", github));
        IntegrationList.Integration generic = new IntegrationList.Integration("generic-signed", "Generic signed webhook",
                List.of("source-events.generic-signed-webhook"), null, null, null,
                new IntegrationList.Configuration("configured", List.of(new IntegrationList.Diagnostic(
                        "generic_signed_per_resource", "info", "each resource verifies its own webhook with the "
                        + "secret its auto-deploy policy names (X-Appaloft-Signature)", null))));
        return new IntegrationList(List.of(gitHub, generic));
    }

    GitHubAppConnection appConnection(ShowGitHubAppConnectionInput in, Actor actor) {
        return new GitHubAppConnection(gitHubSecret.configured() ? "partial" : "not-configured", false,
                actor.organizationId(), gitHubSecret.configured() ? WEBHOOK_PATH : null);
    }
}

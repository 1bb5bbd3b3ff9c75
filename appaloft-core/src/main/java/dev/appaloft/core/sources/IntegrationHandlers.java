package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW;
import static dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_GITHUB_REPOSITORIES_LIST;
import static dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_LIST;

import com.fasterxml.jackson.databind.JsonNode;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.GitHubAppConnection;
import dev.appaloft.api.sources.GitHubRepositoryList;
import dev.appaloft.api.sources.ListGitHubRepositoriesInput;
import dev.appaloft.api.sources.IntegrationList;
import dev.appaloft.api.sources.ListIntegrationsInput;
import dev.appaloft.api.sources.ShowGitHubAppConnectionInput;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code integrations.*}, answered from what this instance is configured with: it verifies GitHub
 * push webhooks when it has a webhook secret, and acts as a GitHub App when one is configured (the
 * connection and the repositories are then GitHub's own answers; without one, repositories answer
 * {@code 503 github_app_not_configured}).
 */
final class IntegrationHandlers {

    static final String WEBHOOK_PATH = "/api/integrations/github/source-events";

    private final GitHubWebhookSecret gitHubSecret;
    private final GitHubAppClient app;

    IntegrationHandlers(GitHubWebhookSecret gitHubSecret, GitHubAppClient app) {
        this.gitHubSecret = gitHubSecret;
        this.app = app;
    }

    void register(HandlerRegistry registry) {
        registry.register(INTEGRATIONS_LIST, this::list)
                .register(INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW, this::appConnection)
                .register(INTEGRATIONS_GITHUB_REPOSITORIES_LIST, this::repositories);
    }

    GitHubRepositoryList repositories(ListGitHubRepositoriesInput in, Actor actor) {
        if (app == null) {
            throw new AppaloftException(ErrorCode.GITHUB_APP_NOT_CONFIGURED, "no GitHub App is configured: start the"
                    + " server with --github-app-id and --github-app-private-key (or AppaloftEngineBuilder.gitHubApp)");
        }
        Validation v = new Validation();
        String search = v.optionalText("search", in.search() == null || in.search().isBlank() ? null : in.search(),
                200);
        v.throwIfInvalid();
        return new GitHubRepositoryList(app.repositories(search));
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
        github.add(app == null ? new IntegrationList.Diagnostic("github_app_not_configured", "info", "no GitHub App is "
                + "configured: repositories are not listed and private clones need remote-git credentials", null)
                : new IntegrationList.Diagnostic("github_app_configured", "info", "repositories are listed through"
                + " the configured GitHub App's installation", null));
        IntegrationList.Integration gitHub = new IntegrationList.Integration("github", "GitHub",
                List.of("source-events.push-webhook"), null, null, null,
                new IntegrationList.Configuration(app != null && gitHubSecret.configured() ? "configured"
                        : app != null || gitHubSecret.configured() ? "partial" : "not-configured", github));
        IntegrationList.Integration generic = new IntegrationList.Integration("generic-signed", "Generic signed webhook",
                List.of("source-events.generic-signed-webhook"), null, null, null,
                new IntegrationList.Configuration("configured", List.of(new IntegrationList.Diagnostic(
                        "generic_signed_per_resource", "info", "each resource verifies its own webhook with the "
                        + "secret its auto-deploy policy names (X-Appaloft-Signature)", null))));
        return new IntegrationList(List.of(gitHub, generic));
    }

    GitHubAppConnection appConnection(ShowGitHubAppConnectionInput in, Actor actor) {
        String webhook = gitHubSecret.configured() ? WEBHOOK_PATH : null;
        if (app == null) {
            return new GitHubAppConnection(gitHubSecret.configured() ? "partial" : "not-configured", false,
                    actor.organizationId(), webhook);
        }
        JsonNode installation;
        try {
            installation = app.installation();
        } catch (AppaloftException e) {
            // configured, but GitHub could not confirm it now: not connected, and not known to be wrong
            return new GitHubAppConnection("unknown", false, actor.organizationId(), webhook);
        }
        String suspended = text(installation, "suspended_at");
        return new GitHubAppConnection(gitHubSecret.configured() ? "configured" : "partial", suspended == null,
                actor.organizationId(), webhook, text(installation.path("account"), "login"),
                text(installation.path("account"), "type"), text(installation, "id"),
                text(installation, "repository_selection"), suspended, text(installation, "updated_at"),
                text(installation, "html_url"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}

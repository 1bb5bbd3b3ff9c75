package dev.appaloft.api.sources;

/** {@code integrations.github.repositories.list}: the GitHub App installation's repositories, optionally those whose full name contains {@code search}. */
public record ListGitHubRepositoriesInput(String search) {
}

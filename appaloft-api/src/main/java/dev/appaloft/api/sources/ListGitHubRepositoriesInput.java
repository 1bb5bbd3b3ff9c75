package dev.appaloft.api.sources;

/** {@code integrations.github.repositories.list}: needs a GitHub App connection, which this instance cannot have. */
public record ListGitHubRepositoriesInput(String search) {
}

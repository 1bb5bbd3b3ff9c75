package dev.appaloft.api.sources;

/** {@code integrations.github.appConnection.show} takes nothing. */
public record ShowGitHubAppConnectionInput() {
}

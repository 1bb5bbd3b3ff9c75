package dev.appaloft.api.sources;

import java.util.List;

/** {@code integrations.github.repositories.list} (never answered here: there is no GitHub App connection). */
public record GitHubRepositoryList(List<GitHubRepository> items) {

    public record GitHubRepository(String id, String name, String fullName, String ownerLogin, String description,
                                   @com.fasterxml.jackson.annotation.JsonProperty("private") boolean isPrivate,
                                   String defaultBranch, String htmlUrl, String cloneUrl, String updatedAt) {
    }
}

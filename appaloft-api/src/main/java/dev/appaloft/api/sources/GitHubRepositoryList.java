package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code integrations.github.repositories.list}: what GitHub answers for the App's installation. */
public record GitHubRepositoryList(List<Repository> items) {

    /** One repository; {@code id} is GitHub's numeric id as a string, {@code description} absent when empty. */
    public record Repository(String id, String name, String fullName, String ownerLogin, String description,
                             @JsonProperty("private") boolean privateRepository, String defaultBranch, String htmlUrl,
                             String cloneUrl, String updatedAt) {
    }
}

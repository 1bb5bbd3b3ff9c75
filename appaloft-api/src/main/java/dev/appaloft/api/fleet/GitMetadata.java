package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where a release was built from. */
public record GitMetadata(String commitSha, String commitRef, String commitMessage) {

    @JsonIgnore
    public boolean isEmpty() {
        return commitSha == null && commitRef == null && commitMessage == null;
    }
}

package dev.appaloft.api.previews;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A preview is active until its pull request closes or someone deletes it. */
public enum PreviewEnvironmentStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("cleanup-requested") CLEANUP_REQUESTED
}

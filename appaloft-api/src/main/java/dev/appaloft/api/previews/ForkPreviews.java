package dev.appaloft.api.previews;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether pull requests from forks get previews, and whether those previews see the resource's secrets. */
public enum ForkPreviews {
    @JsonProperty("disabled") DISABLED,
    @JsonProperty("without-secrets") WITHOUT_SECRETS,
    @JsonProperty("with-secrets") WITH_SECRETS
}

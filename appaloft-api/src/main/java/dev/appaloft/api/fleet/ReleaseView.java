package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/** An immutable release: its stacks by platform, as they were published. */
public record ReleaseView(String id, JsonNode stack, GitMetadata gitMetadata, String createdAt) {
}

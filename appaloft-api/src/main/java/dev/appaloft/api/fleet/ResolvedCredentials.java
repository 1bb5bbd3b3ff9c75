package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/** The client configuration for a deployment's platform, tagged by {@code platform}. */
public record ResolvedCredentials(JsonNode clientConfig) {
}

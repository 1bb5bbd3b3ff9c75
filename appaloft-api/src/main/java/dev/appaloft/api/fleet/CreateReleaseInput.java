package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code create_release}: one stack per platform ({@code {"local": {...}, "aws": {...}}}); every
 * platform given is kept. The release becomes the desired release of the deployments on those
 * platforms.
 */
public record CreateReleaseInput(JsonNode stack, GitMetadata gitMetadata) {
}

package dev.appaloft.api.sources;

/** {@code sourceLinks.list}: the organization's links, optionally of one project, resource or server. */
public record ListSourceLinksInput(String projectId, String resourceId, String serverId, Integer limit) {
}

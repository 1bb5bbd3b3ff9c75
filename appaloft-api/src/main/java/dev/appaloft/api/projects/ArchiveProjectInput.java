package dev.appaloft.api.projects;

/** {@code projects.archive}; {@code reason} 1..280 characters when given. */
public record ArchiveProjectInput(String projectId, String reason) {
}

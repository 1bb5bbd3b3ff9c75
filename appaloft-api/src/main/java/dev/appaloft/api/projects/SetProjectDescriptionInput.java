package dev.appaloft.api.projects;

/** {@code projects.setDescription}; an absent or blank description clears it. */
public record SetProjectDescriptionInput(String projectId, String description) {
}

package dev.appaloft.api.projects;

/** {@code projects.count}: how many live projects the caller's organization has. */
public record CountProjectsInput() {
}

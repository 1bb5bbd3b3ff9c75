package dev.appaloft.api.projects;

public record RenameProjectInput(String projectId, String name) {
}

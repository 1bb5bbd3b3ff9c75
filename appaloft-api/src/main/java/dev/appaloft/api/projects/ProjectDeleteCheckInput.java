package dev.appaloft.api.projects;

public record ProjectDeleteCheckInput(String projectId) {
}

package dev.appaloft.api.projects;

public record ShowProjectInput(String projectId) {
}

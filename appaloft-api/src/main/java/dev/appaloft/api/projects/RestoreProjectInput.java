package dev.appaloft.api.projects;

public record RestoreProjectInput(String projectId) {
}

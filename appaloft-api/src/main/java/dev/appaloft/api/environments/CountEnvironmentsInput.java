package dev.appaloft.api.environments;

/** {@code environments.count}, optionally within one project. */
public record CountEnvironmentsInput(String projectId) {
}

package dev.appaloft.api.projects;

/** {@code projects.list}; {@code limit} 1..500, default 100. */
public record ListProjectsInput(Integer limit) {
}

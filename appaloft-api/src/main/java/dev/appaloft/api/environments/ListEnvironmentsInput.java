package dev.appaloft.api.environments;

/** {@code environments.list}, optionally within one project; {@code limit} 1..500, default 100. */
public record ListEnvironmentsInput(String projectId, Integer limit) {
}

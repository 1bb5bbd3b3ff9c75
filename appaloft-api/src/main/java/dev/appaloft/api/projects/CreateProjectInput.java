package dev.appaloft.api.projects;

/**
 * {@code projects.create}. {@code organizationId}, when given, must be the caller's own
 * organization; the slug is derived from the name.
 */
public record CreateProjectInput(String name, String organizationId, String description) {

    public static CreateProjectInput named(String name) {
        return new CreateProjectInput(name, null, null);
    }
}

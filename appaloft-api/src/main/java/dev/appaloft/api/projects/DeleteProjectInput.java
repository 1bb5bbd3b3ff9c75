package dev.appaloft.api.projects;

/** {@code projects.delete}: only an archived project without blockers, confirmed by its id. */
public record DeleteProjectInput(String projectId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String projectId) {
    }

    public static DeleteProjectInput confirmed(String projectId) {
        return new DeleteProjectInput(projectId, new Confirmation(projectId), null);
    }
}

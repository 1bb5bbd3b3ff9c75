package dev.appaloft.core.previews;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.previews.PreviewEnvironmentStatus;
import dev.appaloft.api.previews.PreviewEnvironmentView;
import java.time.Instant;

/**
 * One pull request's preview: the environment (kind preview) and resource copy made for it, the
 * resource it copies, where it runs, the pull request's repositories, branches and head commit,
 * and whether it was opened from a fork (then without secrets unless its policy says otherwise).
 */
record PreviewEnvironment(String id, String organizationId, String projectId, String environmentId,
                          String resourceId, String sourceResourceId, String serverId, String destinationId,
                          String repository, String repositoryFullName, String headRepositoryFullName,
                          int pullRequestNumber, String baseRef, String headRef, String headSha,
                          String sourceBindingFingerprint, boolean fork, boolean secretsWithheld,
                          PreviewEnvironmentStatus status, String lastDeploymentId, Instant createdAt,
                          Instant updatedAt, Instant expiresAt) {

    /** What finds a pull request's preview of one resource: the resource, repository and number. */
    static String prKey(String sourceResourceId, String repository, int number) {
        return sourceResourceId + "\n" + repository + "#" + number;
    }

    String prKey() {
        return prKey(sourceResourceId, repository, pullRequestNumber);
    }

    PreviewEnvironment synchronizedTo(String sha, String deploymentId, Instant now) {
        return new PreviewEnvironment(id, organizationId, projectId, environmentId, resourceId, sourceResourceId,
                serverId, destinationId, repository, repositoryFullName, headRepositoryFullName, pullRequestNumber,
                baseRef, headRef, sha, sourceBindingFingerprint, fork, secretsWithheld, status,
                deploymentId == null ? lastDeploymentId : deploymentId, createdAt, now, expiresAt);
    }

    PreviewEnvironment placed(String server, String destination) {
        return new PreviewEnvironment(id, organizationId, projectId, environmentId, resourceId, sourceResourceId,
                server, destination, repository, repositoryFullName, headRepositoryFullName, pullRequestNumber,
                baseRef, headRef, headSha, sourceBindingFingerprint, fork, secretsWithheld, status, lastDeploymentId,
                createdAt, updatedAt, expiresAt);
    }

    PreviewEnvironment cleanupRequested(Instant now) {
        return new PreviewEnvironment(id, organizationId, projectId, environmentId, resourceId, sourceResourceId,
                serverId, destinationId, repository, repositoryFullName, headRepositoryFullName, pullRequestNumber,
                baseRef, headRef, headSha, sourceBindingFingerprint, fork, secretsWithheld,
                PreviewEnvironmentStatus.CLEANUP_REQUESTED, lastDeploymentId, createdAt, now, expiresAt);
    }

    boolean active() {
        return status == PreviewEnvironmentStatus.ACTIVE;
    }

    PreviewEnvironmentView view() {
        return new PreviewEnvironmentView(id, projectId, environmentId, resourceId, serverId, destinationId,
                new PreviewEnvironmentView.Source("github", repositoryFullName, headRepositoryFullName,
                        pullRequestNumber, baseRef, headSha, sourceBindingFingerprint),
                status, Timestamps.format(createdAt), Timestamps.format(updatedAt),
                expiresAt == null ? null : Timestamps.format(expiresAt));
    }
}

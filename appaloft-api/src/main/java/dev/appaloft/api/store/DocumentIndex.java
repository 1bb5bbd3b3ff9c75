package dev.appaloft.api.store;

/**
 * The indexed columns every aggregate table carries. Aggregates fill the ones that apply; a
 * {@code null} column matches only a query that does not filter on it.
 */
public record DocumentIndex(
        String organizationId,
        String projectId,
        String environmentId,
        String resourceId,
        String serverId,
        String status) {

    public static final DocumentIndex NONE = new DocumentIndex(null, null, null, null, null, null);

    public static DocumentIndex ofOrganization(String organizationId) {
        return NONE.withOrganizationId(organizationId);
    }

    public DocumentIndex withOrganizationId(String value) {
        return new DocumentIndex(value, projectId, environmentId, resourceId, serverId, status);
    }

    public DocumentIndex withProjectId(String value) {
        return new DocumentIndex(organizationId, value, environmentId, resourceId, serverId, status);
    }

    public DocumentIndex withEnvironmentId(String value) {
        return new DocumentIndex(organizationId, projectId, value, resourceId, serverId, status);
    }

    public DocumentIndex withResourceId(String value) {
        return new DocumentIndex(organizationId, projectId, environmentId, value, serverId, status);
    }

    public DocumentIndex withServerId(String value) {
        return new DocumentIndex(organizationId, projectId, environmentId, resourceId, value, status);
    }

    public DocumentIndex withStatus(String value) {
        return new DocumentIndex(organizationId, projectId, environmentId, resourceId, serverId, value);
    }
}

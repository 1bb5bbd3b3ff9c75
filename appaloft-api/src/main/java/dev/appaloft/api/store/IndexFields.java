package dev.appaloft.api.store;

/** Names of index fields many collections share, so their columns are spelled one way. */
public final class IndexFields {

    public static final String ORGANIZATION_ID = "organization_id";
    public static final String PROJECT_ID = "project_id";
    public static final String ENVIRONMENT_ID = "environment_id";
    public static final String RESOURCE_ID = "resource_id";
    public static final String SERVER_ID = "server_id";
    public static final String STATUS = "status";

    private IndexFields() {
    }
}

package dev.appaloft.api.store;

import java.util.Set;

/**
 * The document collections of the product. A JDBC backend keeps each in a table of the same name
 * (created by a migration); every backend refuses a collection that is not listed here, so a typo
 * fails at once instead of writing somewhere no query looks.
 */
public final class StoreCollections {

    public static final String PROJECTS = "projects";
    public static final String ENVIRONMENTS = "environments";
    public static final String RESOURCES = "resources";
    public static final String SERVERS = "servers";
    public static final String DEPLOYMENTS = "deployments";
    // the Alien fleet model
    public static final String FLEET_DEPLOYMENT_GROUPS = "fleet_deployment_groups";
    public static final String FLEET_DEPLOYMENTS = "fleet_deployments";
    public static final String FLEET_RELEASES = "fleet_releases";
    public static final String FLEET_TOKENS = "fleet_tokens";
    // identity (users and sessions belong to the instance; the rest to one organization)
    public static final String USERS = "users";
    public static final String ORGANIZATIONS = "organizations";
    public static final String MEMBERSHIPS = "memberships";
    public static final String INVITATIONS = "invitations";
    public static final String SESSIONS = "sessions";
    public static final String DEPLOY_TOKENS = "deploy_tokens";
    // extension points' records
    public static final String USAGE_INTENTS = "usage_intents";
    public static final String OVERLAY_DECISIONS = "overlay_decisions";

    public static final Set<String> ALL = Set.of(PROJECTS, ENVIRONMENTS, RESOURCES, SERVERS, DEPLOYMENTS,
            FLEET_DEPLOYMENT_GROUPS, FLEET_DEPLOYMENTS, FLEET_RELEASES, FLEET_TOKENS,
            USERS, ORGANIZATIONS, MEMBERSHIPS, INVITATIONS, SESSIONS, DEPLOY_TOKENS, USAGE_INTENTS, OVERLAY_DECISIONS);

    private StoreCollections() {
    }

    /** @throws IllegalArgumentException when {@code collection} is not a known collection */
    public static String require(String collection) {
        if (!ALL.contains(collection)) {
            throw new IllegalArgumentException("unknown collection: " + collection);
        }
        return collection;
    }
}

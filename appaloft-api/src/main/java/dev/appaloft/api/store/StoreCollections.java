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

    public static final Set<String> ALL = Set.of(PROJECTS, ENVIRONMENTS, RESOURCES, SERVERS, DEPLOYMENTS);

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

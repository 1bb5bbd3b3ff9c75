package dev.appaloft.core.environments;

import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Environments in the store, always read within one organization. */
public final class EnvironmentRepository {

    static final String COLLECTION = StoreCollections.ENVIRONMENTS;

    static final Repository<Environment> ENVIRONMENTS = Repository.of(COLLECTION, Environment.class)
            .id(Environment::id).createdAt(Environment::createdAt).organization(Environment::organizationId)
            .index(e -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, e.projectId())
                    .with(IndexFields.STATUS, e.lifecycleStatus().wire()))
            .keys(e -> Set.of(nameKey(e)))
            .notFound(id -> AppaloftException.notFound("environment", id))
            .conflicts((r, e, environment) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? nameTaken(environment) : null)
            .build();

    private EnvironmentRepository() {
    }

    public static Optional<Versioned<Environment>> find(StoreReader reader, String organizationId, String id) {
        return ENVIRONMENTS.findIn(reader, organizationId, id);
    }

    public static Versioned<Environment> require(StoreReader reader, String organizationId, String id) {
        return ENVIRONMENTS.require(reader, organizationId, id);
    }

    /** The organization's environments with these ids, by id, in one read. */
    public static java.util.Map<String, Environment> findAll(StoreReader reader, String organizationId,
                                                             java.util.Collection<String> ids) {
        java.util.Map<String, Environment> found = new java.util.HashMap<>();
        ENVIRONMENTS.findAll(reader, ids).stream().map(Versioned::value)
                .filter(e -> e.organizationId().equals(organizationId)).forEach(e -> found.put(e.id(), e));
        return found;
    }

    public static List<Environment> list(StoreReader reader, String organizationId, String projectId, int limit) {
        return ENVIRONMENTS.values(reader, scope(organizationId, projectId).limit(limit));
    }

    public static long count(StoreReader reader, String organizationId, String projectId) {
        return ENVIRONMENTS.count(reader, scope(organizationId, projectId));
    }

    /** Environments of the project that are not archived. */
    public static long countUnarchived(StoreReader reader, String organizationId, String projectId) {
        return ENVIRONMENTS.count(reader, scope(organizationId, projectId)
                .statusNotIn(Set.of(EnvironmentLifecycleStatus.ARCHIVED.wire())));
    }

    public static void insert(StoreTransaction tx, Environment environment, Instant now) {
        ENVIRONMENTS.insert(tx, environment, now);
    }

    public static void update(StoreTransaction tx, Versioned<Environment> before, Environment after, Instant now) {
        checkNameFree(tx, after, after.id());
        ENVIRONMENTS.update(tx, before, after, now);
    }

    private static DocumentQuery scope(String organizationId, String projectId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(IndexFields.PROJECT_ID, projectId));
    }

    private static void checkNameFree(StoreReader reader, Environment environment, String selfId) {
        reader.findByUniqueKey(COLLECTION, nameKey(environment)).filter(d -> !d.id().equals(selfId))
                .ifPresent(d -> {
                    throw nameTaken(environment);
                });
    }

    private static AppaloftException nameTaken(Environment environment) {
        return new AppaloftException(ErrorCode.ENVIRONMENT_NAME_CONFLICT,
                "project " + environment.projectId() + " already has an environment named \"" + environment.name() + "\"");
    }

    private static String nameKey(Environment environment) {
        return "name:" + environment.projectId() + ":" + environment.name().toLowerCase(Locale.ROOT);
    }
}

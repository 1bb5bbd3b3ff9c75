package dev.appaloft.core.environments;

import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Environments in the store, always read within one organization. */
public final class EnvironmentRepository {

    static final String COLLECTION = "environments";

    private EnvironmentRepository() {
    }

    public static Optional<Versioned<Environment>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(EnvironmentRepository::toVersioned)
                .filter(e -> e.value().organizationId().equals(organizationId));
    }

    public static Versioned<Environment> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> AppaloftException.notFound("environment", id));
    }

    public static List<Environment> list(StoreReader reader, String organizationId, String projectId, int limit) {
        return reader.query(COLLECTION, scope(organizationId, projectId).limit(limit)).stream()
                .map(d -> Json.readAggregate(d.body(), Environment.class))
                .toList();
    }

    public static long count(StoreReader reader, String organizationId, String projectId) {
        return reader.count(COLLECTION, scope(organizationId, projectId));
    }

    /** Environments of the project that are not archived. */
    public static long countUnarchived(StoreReader reader, String organizationId, String projectId) {
        return reader.count(COLLECTION, scope(organizationId, projectId)
                .statusNotIn(Set.of(EnvironmentLifecycleStatus.ARCHIVED.wire())));
    }

    public static void insert(StoreTransaction tx, Environment environment, Instant now) {
        try {
            tx.insert(COLLECTION, draft(environment, now));
        } catch (StoreConflictException e) {
            throw translate(e, environment);
        }
    }

    public static void update(StoreTransaction tx, Versioned<Environment> before, Environment after, Instant now) {
        checkNameFree(tx, after, after.id());
        try {
            tx.update(COLLECTION, draft(after, now), before.version());
        } catch (StoreConflictException e) {
            throw translate(e, after);
        }
    }

    private static DocumentQuery scope(String organizationId, String projectId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).withProjectId(projectId));
    }

    private static void checkNameFree(StoreReader reader, Environment environment, String selfId) {
        reader.findByUniqueKey(COLLECTION, nameKey(environment)).filter(d -> !d.id().equals(selfId))
                .ifPresent(d -> {
                    throw nameTaken(environment);
                });
    }

    private static AppaloftException translate(StoreConflictException e, Environment environment) {
        if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
            return nameTaken(environment);
        }
        throw e;
    }

    private static AppaloftException nameTaken(Environment environment) {
        return new AppaloftException(ErrorCode.ENVIRONMENT_NAME_CONFLICT,
                "project " + environment.projectId() + " already has an environment named \"" + environment.name() + "\"");
    }

    private static DocumentDraft draft(Environment environment, Instant now) {
        DocumentIndex index = DocumentIndex.ofOrganization(environment.organizationId())
                .withProjectId(environment.projectId())
                .withStatus(environment.lifecycleStatus().wire());
        return new DocumentDraft(environment.id(), index, Set.of(nameKey(environment)), Json.write(environment),
                environment.createdAt(), now);
    }

    private static String nameKey(Environment environment) {
        return "name:" + environment.projectId() + ":" + environment.name().toLowerCase(Locale.ROOT);
    }

    private static Versioned<Environment> toVersioned(Document document) {
        return new Versioned<>(Json.readAggregate(document.body(), Environment.class), document.version());
    }
}

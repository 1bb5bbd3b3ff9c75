package dev.appaloft.core.projects;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.ProjectLifecycleStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Projects in the store. Reads are always scoped to one organization, and deleted projects are
 * invisible: a project of another organization and a deleted one both read as absent.
 */
public final class ProjectRepository {

    static final String COLLECTION = StoreCollections.PROJECTS;

    static final Repository<Project> PROJECTS = Repository.of(COLLECTION, Project.class)
            .id(Project::id).createdAt(Project::createdAt).organization(Project::organizationId)
            .index(p -> DocumentIndex.NONE.with(IndexFields.STATUS, p.lifecycleStatus().wire()))
            // a deleted project gives its name and slug back
            .keys(p -> p.lifecycleStatus() == ProjectLifecycleStatus.DELETED ? Set.of() : Set.of(nameKey(p), slugKey(p)))
            .hidden(p -> p.lifecycleStatus() == ProjectLifecycleStatus.DELETED,
                    Set.of(ProjectLifecycleStatus.DELETED.wire()))
            .notFound(id -> AppaloftException.notFound("project", id))
            .conflicts(ProjectRepository::translate)
            .build();

    private ProjectRepository() {
    }

    public static Optional<Versioned<Project>> find(StoreReader reader, String organizationId, String id) {
        return PROJECTS.findIn(reader, organizationId, id);
    }

    /** The project, or a {@code not_found} error that does not say whether it exists elsewhere. */
    public static Versioned<Project> require(StoreReader reader, String organizationId, String id) {
        return PROJECTS.require(reader, organizationId, id);
    }

    public static List<Project> list(StoreReader reader, String organizationId, int limit) {
        return PROJECTS.values(reader, PROJECTS.scope(organizationId).limit(limit));
    }

    public static long count(StoreReader reader, String organizationId) {
        return PROJECTS.count(reader, PROJECTS.scope(organizationId));
    }

    public static void insert(StoreTransaction tx, Project project, Instant now) {
        // no pre-check: the store's unique keys refuse a taken name or slug, and say which
        PROJECTS.insert(tx, project, now);
    }

    public static void update(StoreTransaction tx, Versioned<Project> before, Project after, Instant now) {
        checkNamesFree(tx, after, after.id());
        PROJECTS.update(tx, before, after, now);
    }

    // A clear message for the common case; the store's unique keys still settle races.
    private static void checkNamesFree(StoreReader reader, Project project, String selfId) {
        if (project.lifecycleStatus() == ProjectLifecycleStatus.DELETED) {
            return;
        }
        reader.findByUniqueKey(COLLECTION, nameKey(project)).filter(d -> !d.id().equals(selfId)).ifPresent(d -> {
            throw taken(project, true);
        });
        reader.findByUniqueKey(COLLECTION, slugKey(project)).filter(d -> !d.id().equals(selfId)).ifPresent(d -> {
            throw taken(project, false);
        });
    }

    // a name clash is reported before a slug clash, whichever key the store tried first
    private static AppaloftException translate(StoreReader reader, StoreConflictException e, Project project) {
        if (e.kind() != StoreConflictException.Kind.UNIQUE_KEY) {
            return null;
        }
        return taken(project, reader.findByUniqueKey(COLLECTION, nameKey(project))
                .filter(d -> !d.id().equals(project.id())).isPresent());
    }

    private static AppaloftException taken(Project project, boolean name) {
        return name
                ? new AppaloftException(ErrorCode.PROJECT_NAME_CONFLICT, "a project named \"" + project.name() + "\" already exists")
                : new AppaloftException(ErrorCode.PROJECT_SLUG_CONFLICT,
                        "a project with the slug \"" + project.slug() + "\" already exists");
    }

    private static String nameKey(Project project) {
        return "name:" + project.organizationId() + ":" + project.name().toLowerCase(Locale.ROOT);
    }

    private static String slugKey(Project project) {
        return "slug:" + project.organizationId() + ":" + project.slug();
    }
}

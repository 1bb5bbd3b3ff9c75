package dev.appaloft.core.projects;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.ProjectLifecycleStatus;
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

/**
 * Projects in the store. Reads are always scoped to one organization, and deleted projects are
 * invisible: a project of another organization and a deleted one both read as absent.
 */
public final class ProjectRepository {

    static final String COLLECTION = "projects";
    private static final Set<String> HIDDEN = Set.of(ProjectLifecycleStatus.DELETED.wire());

    private ProjectRepository() {
    }

    public static Optional<Versioned<Project>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(ProjectRepository::toVersioned)
                .filter(p -> p.value().organizationId().equals(organizationId)
                        && p.value().lifecycleStatus() != ProjectLifecycleStatus.DELETED);
    }

    /** The project, or a {@code not_found} error that does not say whether it exists elsewhere. */
    public static Versioned<Project> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> AppaloftException.notFound("project", id));
    }

    public static List<Project> list(StoreReader reader, String organizationId, int limit) {
        return reader.query(COLLECTION, visible(organizationId).limit(limit)).stream()
                .map(d -> Json.readAggregate(d.body(), Project.class))
                .toList();
    }

    public static long count(StoreReader reader, String organizationId) {
        return reader.count(COLLECTION, visible(organizationId));
    }

    public static void insert(StoreTransaction tx, Project project, Instant now) {
        // no pre-check: the store's unique keys refuse a taken name or slug, and say which
        try {
            tx.insert(COLLECTION, draft(project, now));
        } catch (StoreConflictException e) {
            throw translate(tx, e, project);
        }
    }

    public static void update(StoreTransaction tx, Versioned<Project> before, Project after, Instant now) {
        checkNamesFree(tx, after, after.id());
        try {
            tx.update(COLLECTION, draft(after, now), before.version());
        } catch (StoreConflictException e) {
            throw translate(tx, e, after);
        }
    }

    private static DocumentQuery visible(String organizationId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)).statusNotIn(HIDDEN);
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
        if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
            return taken(project, reader.findByUniqueKey(COLLECTION, nameKey(project))
                    .filter(d -> !d.id().equals(project.id())).isPresent());
        }
        throw e;
    }

    private static AppaloftException taken(Project project, boolean name) {
        return name
                ? new AppaloftException(ErrorCode.PROJECT_NAME_CONFLICT, "a project named \"" + project.name() + "\" already exists")
                : new AppaloftException(ErrorCode.PROJECT_SLUG_CONFLICT,
                        "a project with the slug \"" + project.slug() + "\" already exists");
    }

    private static DocumentDraft draft(Project project, Instant now) {
        DocumentIndex index = DocumentIndex.ofOrganization(project.organizationId())
                .withStatus(project.lifecycleStatus().wire());
        // a deleted project gives its name and slug back
        Set<String> keys = project.lifecycleStatus() == ProjectLifecycleStatus.DELETED
                ? Set.of() : Set.of(nameKey(project), slugKey(project));
        return new DocumentDraft(project.id(), index, keys, Json.write(project), project.createdAt(), now);
    }

    private static String nameKey(Project project) {
        return "name:" + project.organizationId() + ":" + project.name().toLowerCase(Locale.ROOT);
    }

    private static String slugKey(Project project) {
        return "slug:" + project.organizationId() + ":" + project.slug();
    }

    private static Versioned<Project> toVersioned(Document document) {
        return new Versioned<>(Json.readAggregate(document.body(), Project.class), document.version());
    }
}

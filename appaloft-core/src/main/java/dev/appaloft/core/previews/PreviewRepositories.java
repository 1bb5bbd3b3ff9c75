package dev.appaloft.core.previews;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.previews.PreviewEnvironmentStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.util.Optional;

/** Where preview policies and preview environments are kept, and the indexed lookups the lifecycle needs. */
final class PreviewRepositories {

    static final String SOURCE_RESOURCE_ID = "source_resource_id";
    static final String REPOSITORY = "repository";
    static final String PULL_REQUEST_NUMBER = "pull_request_number";
    static final String PR_KEY = "pr_key";
    static final String MATCH_KEY = "match_key";

    static final Repository<PreviewPolicy> POLICIES = Repository.of(StoreCollections.PREVIEW_POLICIES,
                    PreviewPolicy.class)
            .id(PreviewPolicy::id).createdAt(PreviewPolicy::createdAt).organization(PreviewPolicy::organizationId)
            .index(p -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, p.projectId())
                    .with(IndexFields.RESOURCE_ID, p.resourceId()))
            .notFound(id -> AppaloftException.notFound("preview policy", id))
            .build();

    static final Repository<PreviewEnvironment> PREVIEWS = Repository.of(StoreCollections.PREVIEW_ENVIRONMENTS,
                    PreviewEnvironment.class)
            .id(PreviewEnvironment::id).createdAt(PreviewEnvironment::createdAt)
            .organization(PreviewEnvironment::organizationId)
            .index(p -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, p.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, p.environmentId()).with(IndexFields.RESOURCE_ID, p.resourceId())
                    .with(SOURCE_RESOURCE_ID, p.sourceResourceId()).with(IndexFields.STATUS, Json.wire(p.status()))
                    .with(REPOSITORY, p.repositoryFullName()).with(PULL_REQUEST_NUMBER, (long) p.pullRequestNumber())
                    .with(PR_KEY, p.prKey()).with(MATCH_KEY, p.sourceBindingFingerprint()))
            // one active preview per pull request and resource, even when two deliveries race
            .keys(p -> p.active() ? java.util.Set.of("preview:" + p.organizationId() + "\n" + p.prKey())
                    : java.util.Set.of())
            .notFound(id -> AppaloftException.notFound("preview environment", id))
            .build();

    private PreviewRepositories() {
    }

    /** The resource-scoped policy, else the project's: the one a pull request of the resource is judged by. */
    static Optional<PreviewPolicy> effective(StoreReader reader, String organizationId, String projectId,
                                             String resourceId) {
        Optional<PreviewPolicy> own = POLICIES.findIn(reader, organizationId, PreviewPolicy.idOf(organizationId,
                dev.appaloft.api.previews.PreviewScope.Kind.RESOURCE, projectId, resourceId)).map(Versioned::value);
        return own.isPresent() ? own : POLICIES.findIn(reader, organizationId, PreviewPolicy.idOf(organizationId,
                dev.appaloft.api.previews.PreviewScope.Kind.PROJECT, projectId, null)).map(Versioned::value);
    }

    /** The active preview of a pull request for one resource, if there is one. */
    static Optional<Versioned<PreviewEnvironment>> active(StoreReader reader, String organizationId, String prKey) {
        return PREVIEWS.query(reader, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with(PR_KEY, prKey).with(IndexFields.STATUS, Json.wire(PreviewEnvironmentStatus.ACTIVE))).limit(1))
                .stream().findFirst();
    }

    /** How many previews are active under a policy: its project's, or its one resource's. */
    static long activeUnder(StoreReader reader, PreviewPolicy policy) {
        DocumentIndex where = DocumentIndex.ofOrganization(policy.organizationId())
                .with(IndexFields.STATUS, Json.wire(PreviewEnvironmentStatus.ACTIVE));
        where = policy.resourceId() == null ? where.with(IndexFields.PROJECT_ID, policy.projectId())
                : where.with(SOURCE_RESOURCE_ID, policy.resourceId());
        return PREVIEWS.count(reader, DocumentQuery.where(where));
    }

    static Versioned<PreviewEnvironment> require(StoreReader reader, String organizationId, String id) {
        return PREVIEWS.require(reader, organizationId, id);
    }
}

package dev.appaloft.core.domains;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where domain bindings are kept. An active binding holds its domain and path in its
 * organization (two bindings of one host and path would fight over one proxy route), and its
 * idempotency key; a deleted one is a hidden tombstone holding neither.
 */
final class DomainBindingRepository {

    static final Repository<DomainBinding> BINDINGS = Repository
            .of(StoreCollections.DOMAIN_BINDINGS, DomainBinding.class)
            .id(DomainBinding::id).createdAt(DomainBinding::createdAt)
            .organization(DomainBinding::organizationId)
            .index(b -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, b.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, b.environmentId()).with(IndexFields.RESOURCE_ID, b.resourceId())
                    .with(IndexFields.SERVER_ID, b.serverId()).with(IndexFields.STATUS, b.status()))
            .keys(DomainBindingRepository::keys)
            .hidden(b -> DomainBinding.DELETED.equals(b.status()), Set.of(DomainBinding.DELETED))
            .notFound(id -> AppaloftException.notFound("domain binding", id))
            .conflicts((r, e, b) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.DOMAIN_BINDING_CONFLICT, "an active binding already holds "
                            + b.domainName() + b.pathPrefix())
                    : null)
            .build();

    private DomainBindingRepository() {
    }

    private static Set<String> keys(DomainBinding b) {
        if (!b.active()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        keys.add(hostKey(b.organizationId(), b.domainName(), b.pathPrefix()));
        if (b.idempotencyKey() != null) {
            keys.add(idempotencyKey(b.organizationId(), b.idempotencyKey()));
        }
        return keys;
    }

    static String hostKey(String organizationId, String domain, String pathPrefix) {
        return "host:" + organizationId + ":" + domain.toLowerCase(Locale.ROOT) + pathPrefix;
    }

    static String idempotencyKey(String organizationId, String key) {
        return "idem:" + organizationId + ":" + key;
    }

    static List<DomainBinding> ofResource(StoreReader reader, String organizationId, String resourceId) {
        return BINDINGS.values(reader, where(organizationId, null, null, resourceId));
    }

    /** The serving binding of the same resource that {@code alias} redirects to, when there is one. */
    static Optional<DomainBinding> canonical(StoreReader reader, DomainBinding alias) {
        return ofResource(reader, alias.organizationId(), alias.resourceId()).stream()
                .filter(b -> b.serves() && b.active() && !b.id().equals(alias.id())
                        && b.domainName().equalsIgnoreCase(alias.redirectTo()))
                .findFirst();
    }

    /** The aliases that redirect to {@code canonical}. */
    static List<DomainBinding> aliasesOf(StoreReader reader, DomainBinding canonical) {
        return ofResource(reader, canonical.organizationId(), canonical.resourceId()).stream()
                .filter(b -> !b.serves() && b.redirectTo().equalsIgnoreCase(canonical.domainName())).toList();
    }

    static DocumentQuery where(String organizationId, String projectId, String environmentId, String resourceId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with(IndexFields.PROJECT_ID, projectId).with(IndexFields.ENVIRONMENT_ID, environmentId)
                .with(IndexFields.RESOURCE_ID, resourceId)).statusNotIn(Set.of(DomainBinding.DELETED));
    }
}

package dev.appaloft.core.domains;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where certificates and their secrets are kept. A binding has at most one attached certificate
 * (the {@code attached:} key: a replacement disables the previous one in the same transaction);
 * an idempotency key is held per organization.
 */
final class CertificateRepository {

    static final String DOMAIN_BINDING_ID = "domain_binding_id";

    static final Repository<Certificate> CERTIFICATES = Repository
            .of(StoreCollections.CERTIFICATES, Certificate.class)
            .id(Certificate::id).createdAt(Certificate::createdAt)
            .organization(Certificate::organizationId)
            .index(c -> DocumentIndex.NONE.with(DOMAIN_BINDING_ID, c.domainBindingId())
                    .with(dev.appaloft.api.store.IndexFields.STATUS, c.status()))
            .keys(CertificateRepository::keys)
            .hidden(c -> Certificate.DELETED.equals(c.status()), Set.of(Certificate.DELETED))
            .notFound(id -> AppaloftException.notFound("certificate", id))
            .build();

    static final Repository<CertificateSecret> SECRETS = Repository
            .of(StoreCollections.CERTIFICATE_SECRETS, CertificateSecret.class)
            .id(CertificateSecret::id).createdAt(CertificateSecret::createdAt)
            .organization(CertificateSecret::organizationId)
            .notFound(id -> AppaloftException.notFound("certificate", id))
            .build();

    private CertificateRepository() {
    }

    private static Set<String> keys(Certificate c) {
        Set<String> keys = new HashSet<>();
        if (Certificate.ATTACHED.contains(c.status())) {
            keys.add(attachedKey(c.organizationId(), c.domainBindingId()));
        }
        if (c.idempotencyKey() != null && !Certificate.DELETED.equals(c.status())) {
            keys.add(idempotencyKey(c.organizationId(), c.idempotencyKey()));
        }
        return keys;
    }

    static String attachedKey(String organizationId, String domainBindingId) {
        return "attached:" + organizationId + ":" + domainBindingId;
    }

    static String idempotencyKey(String organizationId, String key) {
        return "idem:" + organizationId + ":" + key;
    }

    static DocumentQuery where(String organizationId, String domainBindingId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(DOMAIN_BINDING_ID, domainBindingId))
                .statusNotIn(Set.of(Certificate.DELETED));
    }

    /** The binding's certificates, visible ones (not deleted). */
    static List<Certificate> ofBinding(StoreReader reader, String organizationId, String domainBindingId) {
        return CERTIFICATES.values(reader, where(organizationId, domainBindingId));
    }
}

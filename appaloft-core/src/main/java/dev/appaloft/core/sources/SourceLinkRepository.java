package dev.appaloft.core.sources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.util.List;

/** Where source links are kept; a push finds its links by the indexed fingerprint, never by a scan. */
final class SourceLinkRepository {

    static final String MATCH_KEY = "match_key";

    static final Repository<SourceLink> LINKS = Repository.of(StoreCollections.SOURCE_LINKS, SourceLink.class)
            .id(SourceLink::id).createdAt(SourceLink::createdAt).organization(SourceLink::organizationId)
            .index(l -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, l.projectId())
                    .with(IndexFields.RESOURCE_ID, l.resourceId()).with(IndexFields.SERVER_ID, l.serverId())
                    .with(MATCH_KEY, l.sourceFingerprint()))
            .notFound(fingerprint -> AppaloftException.notFound("source link", fingerprint))
            .build();

    private SourceLinkRepository() {
    }

    /** The organization's link of this fingerprint, or the not-found error naming the fingerprint. */
    static Versioned<SourceLink> require(StoreReader reader, String organizationId, String fingerprint) {
        return LINKS.findIn(reader, organizationId, SourceLink.idOf(organizationId, fingerprint))
                .orElseThrow(() -> AppaloftException.notFound("source link", fingerprint));
    }

    /** Every organization's links of a fingerprint (a GitHub push is not addressed to one organization). */
    static List<SourceLink> byFingerprint(StoreReader reader, String fingerprint) {
        return LINKS.values(reader, DocumentQuery.where(DocumentIndex.NONE.with(MATCH_KEY, fingerprint)).limit(500));
    }

    /** One organization's link of a fingerprint (a replay stays in its event's organization). */
    static List<SourceLink> byFingerprint(StoreReader reader, String organizationId, String fingerprint) {
        return LINKS.findIn(reader, organizationId, SourceLink.idOf(organizationId, fingerprint))
                .map(v -> List.of(v.value())).orElse(List.of());
    }
}

package dev.appaloft.core.fleet.releases;

import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Releases in the store; "latest" is the newest by creation time, within one organization. */
public final class ReleaseRepository {

    static final String COLLECTION = StoreCollections.FLEET_RELEASES;
    private static final int PAGE = 50;

    private ReleaseRepository() {
    }

    public static Optional<Release> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id).map(ReleaseRepository::decode)
                .filter(r -> r.organizationId().equals(organizationId));
    }

    public static Optional<Release> latest(StoreReader reader, String organizationId) {
        return reader.query(COLLECTION, newestFirst(organizationId).limit(1)).stream().findFirst()
                .map(ReleaseRepository::decode);
    }

    /** The newest release with a stack for {@code platform}. */
    public static Optional<Release> latestFor(StoreReader reader, String organizationId, Platform platform) {
        DocumentQuery query = newestFirst(organizationId).limit(PAGE);
        while (true) {
            List<Document> page = reader.query(COLLECTION, query);
            for (Document doc : page) {
                Release release = decode(doc);
                if (release.appliesTo(platform)) {
                    return Optional.of(release);
                }
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
            Document last = page.get(page.size() - 1);
            query = query.after(last.createdAt(), last.id());
        }
    }

    public static void insert(StoreTransaction tx, Release release) {
        tx.insert(COLLECTION, new DocumentDraft(release.id(), DocumentIndex.ofOrganization(release.organizationId()),
                Set.of(), Json.write(release), release.createdAt(), release.createdAt()));
    }

    private static DocumentQuery newestFirst(String organizationId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)).newestFirst();
    }

    private static Release decode(Document doc) {
        return Json.readAggregate(doc.body(), Release.class);
    }
}

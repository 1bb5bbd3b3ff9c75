package dev.appaloft.core.fleet.releases;

import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Optional;

/** Releases in the store; "latest" is the newest by creation time, within one organization. */
public final class ReleaseRepository {

    static final String COLLECTION = StoreCollections.FLEET_RELEASES;
    private static final int PAGE = 50;

    static final Repository<Release> RELEASES = Repository.of(COLLECTION, Release.class)
            .id(Release::id).createdAt(Release::createdAt).organization(Release::organizationId)
            .build();

    private ReleaseRepository() {
    }

    public static Optional<Release> find(StoreReader reader, String organizationId, String id) {
        return RELEASES.findIn(reader, organizationId, id).map(Versioned::value);
    }

    public static Optional<Release> latest(StoreReader reader, String organizationId) {
        return RELEASES.values(reader, RELEASES.scope(organizationId).newestFirst().limit(1)).stream().findFirst();
    }

    /** The newest release with a stack for {@code platform}, read a page at a time. */
    public static Optional<Release> latestFor(StoreReader reader, String organizationId, Platform platform) {
        DocumentQuery query = RELEASES.scope(organizationId).newestFirst().limit(PAGE);
        while (true) {
            List<Release> page = RELEASES.values(reader, query);
            for (Release release : page) {
                if (release.appliesTo(platform)) {
                    return Optional.of(release);
                }
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
            Release last = page.get(page.size() - 1);
            query = query.after(last.createdAt(), last.id());
        }
    }

    public static void insert(StoreTransaction tx, Release release) {
        RELEASES.insert(tx, release, release.createdAt());
    }
}

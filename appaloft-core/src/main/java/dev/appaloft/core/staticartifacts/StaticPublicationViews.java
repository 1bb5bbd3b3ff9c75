package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.staticartifacts.StaticArtifactPublication;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;

/** Reads of publications: the one a resource's URL serves, and list views. */
final class StaticPublicationViews {

    private StaticPublicationViews() {
    }

    /** The newest promoted publication of a resource (what its URL serves), or null. */
    static StaticPublication current(CoreContext ctx, String organizationId, String resourceId) {
        return ctx.read(r -> StaticPublicationRepository.PUBLICATIONS.values(r, DocumentQuery.where(
                DocumentIndex.ofOrganization(organizationId).with(IndexFields.RESOURCE_ID, resourceId)).newestFirst()))
                .stream().filter(StaticPublication::promoted).findFirst().orElse(null);
    }

    /** A list item; the route only on the publication the URL serves now. */
    static StaticArtifactPublication item(StaticPublication p, boolean current) {
        return new StaticArtifactPublication(p.id(), p.projectId(), p.resourceId(), p.artifactId(), p.manifestDigest(),
                p.fileCount(), p.totalBytes(), p.storageRef(), p.storageProviderKey(), current ? p.routeUrl() : null,
                current ? p.routeProviderKey() : null, Timestamps.format(p.publishedAt()),
                p.metadata().isEmpty() ? null : p.metadata());
    }
}

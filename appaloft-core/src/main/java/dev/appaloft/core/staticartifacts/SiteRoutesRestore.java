package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.internal.CoreContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every resource's current publication again when the engine starts: the local edge proxy
 * starts empty, and a site must not go dark because the control plane restarted.
 */
final class SiteRoutesRestore implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRoutesRestore.class);

    private final CoreContext ctx;
    private final SiteRoute route;

    SiteRoutesRestore(CoreContext ctx, SiteRoute route) {
        this.ctx = ctx;
        this.route = route;
    }

    @Override
    public void run() {
        try {
            List<StaticPublication> all = ctx.read(r -> StaticPublicationRepository.PUBLICATIONS.values(r,
                    DocumentQuery.where(DocumentIndex.NONE).newestFirst()));
            Set<String> done = new HashSet<>();
            for (StaticPublication p : all) {
                // newest first: the first promoted one of a resource is what it served
                if (p.promoted() && p.routeUrl() != null && done.add(p.resourceId())) {
                    String host = java.net.URI.create(p.routeUrl()).getHost();
                    route.serve(p.resourceId(), host, p.siteKey());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("static artifact routes could not be restored: {}", e.toString());
        }
    }
}

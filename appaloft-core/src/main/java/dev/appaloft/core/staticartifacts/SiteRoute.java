package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a resource's promoted publication is served: this host's edge proxy (the host
 * application's, for {@code local-shell} servers) serves the publication's site folder itself at
 * the resource's generated host. Serving needs both that proxy and an artifact store whose files
 * it can read; without them a publication is stored and listed but has no URL. Serving through a
 * remote server's proxy is not done (its files would have to be copied there first).
 */
final class SiteRoute {

    static final String LOCAL_PROVIDER = "local-shell";

    private final DeploymentRuntimes runtimes;
    private final ArtifactStore artifacts;

    SiteRoute(DeploymentRuntimes runtimes, ArtifactStore artifacts) {
        this.runtimes = runtimes;
        this.artifacts = artifacts;
    }

    record Served(String url, String providerKey) {
    }

    static String routeId(String resourceId) {
        return "static-" + resourceId;
    }

    /** Points the resource's route at {@code siteKey}, at once (the proxy swaps its configuration gracefully). */
    Optional<Served> serve(String resourceId, String host, String siteKey) {
        Optional<EdgeProxy> proxy = runtimes.localProxy(LOCAL_PROVIDER);
        Optional<Path> folder = artifacts.localPath(siteKey);
        if (proxy.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        proxy.get().route(ProxyRoute.files(routeId(resourceId), host, "/", folder.get().toString()));
        return Optional.of(new Served(proxy.get().urlFor(host, "/"), proxy.get().kind()));
    }

    /** Puts back what was served before a publication that failed to be recorded. */
    void restore(String resourceId, String host, StaticPublication previous) {
        Optional<EdgeProxy> proxy = runtimes.localProxy(LOCAL_PROVIDER);
        if (proxy.isEmpty()) {
            return;
        }
        if (previous == null) {
            proxy.get().remove(routeId(resourceId));
        } else {
            serve(resourceId, host, previous.siteKey());
        }
    }
}

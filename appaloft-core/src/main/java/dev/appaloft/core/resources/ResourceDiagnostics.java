package dev.appaloft.core.resources;

import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.ResourceDetail.Diagnostic;
import dev.appaloft.api.resources.ResourceKind;
import dev.appaloft.api.resources.RuntimeProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What keeps a resource from deploying as configured, shown by {@code resources.show}. */
final class ResourceDiagnostics {

    private static final Set<ResourceKind> INBOUND = Set.of(ResourceKind.APPLICATION, ResourceKind.SERVICE,
            ResourceKind.STATIC_SITE, ResourceKind.COMPOSE_STACK);

    private ResourceDiagnostics() {
    }

    static List<Diagnostic> of(Resource r) {
        List<Diagnostic> out = new ArrayList<>();
        if (r.source() == null) {
            out.add(new Diagnostic("resource_source_missing", "blocking", "the resource has no source to deploy",
                    "source", "source", true, "resources.configure-source"));
        }
        boolean staticSite = r.runtimeProfile() != null && r.runtimeProfile().strategy() == RuntimeProfile.Strategy.STATIC;
        if (INBOUND.contains(r.kind()) && r.networkProfile() == null && !staticSite) {
            out.add(new Diagnostic("resource_network_profile_missing", "blocking",
                    "the resource takes traffic but no internal port is configured", "network",
                    "networkProfile.internalPort", true, "resources.configure-network"));
        }
        if (r.networkProfile() != null && r.networkProfile().exposureMode() == NetworkProfile.ExposureMode.NONE) {
            out.add(new Diagnostic("resource_not_exposed", "info", "the resource is not reachable from outside",
                    "network", "networkProfile.exposureMode", false, null));
        }
        return out;
    }
}

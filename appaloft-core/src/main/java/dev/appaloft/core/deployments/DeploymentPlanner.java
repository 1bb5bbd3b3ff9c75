package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.deployments.sources.DeployableSources;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.resources.Resource;
import java.time.Instant;
import java.util.List;

/**
 * Turns a resource's current profile into a plan, or says clearly why it cannot be deployed. The
 * plan fixes the source, the runtime profile, the image tag, the network and health policy;
 * which strategy builds the source (for {@code auto}) and from which folder is found when the
 * deployment reads the source (phase detect, {@link DeploymentSources}). Combinations that can
 * never work are refused here with a 4xx naming the resource's field at fault.
 */
final class DeploymentPlanner {

    private DeploymentPlanner() {
    }

    static Deployment.Plan plan(Resource resource, String providerKey, String routeHost, Instant now) {
        SourceBinding source = resource.source();
        if (source == null) {
            throw new AppaloftException(ErrorCode.RESOURCE_SOURCE_MISSING,
                    "resource " + resource.id() + " has no source; configure one first");
        }
        NetworkProfile network = resource.networkProfile();
        if (network == null) {
            throw new AppaloftException(ErrorCode.RESOURCE_NETWORK_PROFILE_MISSING,
                    "resource " + resource.id() + " has no internal port; configure its network profile first");
        }
        RuntimeProfile profile = resource.runtimeProfile() == null ? RuntimeProfile.strategy(RuntimeProfile.Strategy.AUTO)
                : resource.runtimeProfile();
        String strategy = DeployableSources.buildStrategy(source, profile);
        if (Deployment.PREBUILT.equals(strategy)) {
            return plan(resource, providerKey, routeHost, source, profile, strategy, source.locator(), null, network, now,
                    "prebuilt image " + source.locator(), List.of("resolve image", "start candidate", "verify health",
                            "retire previous"));
        }
        if (Deployment.COMPOSE.equals(strategy)) {
            return plan(resource, providerKey, routeHost, source, profile, strategy, "compose:" + resource.slug(),
                    profile.dockerComposeFilePath(), network, now, DeployableSources.describe(source)
                            + " (compose stack, run by the Compose CLI)", List.of("read source", "validate compose file",
                            "build and start the stack", "verify health", "retire previous"));
        }
        String tag = "appaloft/" + resource.slug() + ":" + now.toEpochMilli();
        String requested = profile.strategy() == null || profile.strategy() == RuntimeProfile.Strategy.AUTO
                ? "strategy auto, detected when the source is read" : "strategy " + strategy;
        return plan(resource, providerKey, routeHost, source, profile, strategy, tag, profile.dockerfilePath(), network,
                now, DeployableSources.describe(source) + " (" + requested + ")", List.of("read source", "build image",
                        "start candidate", "verify health", "retire previous"));
    }

    private static Deployment.Plan plan(Resource r, String providerKey, String routeHost, SourceBinding source,
                                        RuntimeProfile profile, String strategy, String image, String dockerfile,
                                        NetworkProfile network, Instant now, String summary, List<String> steps) {
        return new Deployment.Plan(Ids.next("plan"), providerKey, source, strategy, image, null, dockerfile,
                network.internalPort(), network.exposureMode() == NetworkProfile.ExposureMode.DIRECT_PORT
                ? network.hostPort() : null, network.exposureMode(), health(r), r.slug(),
                routed(r, network) ? routeHost : null,
                r.accessProfile() == null ? "/" : r.accessProfile().pathPrefix(), summary, steps, now, profile, null,
                network.targetServiceName());
    }

    /** Reverse-proxy exposure with generated access not disabled gets a route on the edge proxy. */
    private static boolean routed(Resource r, NetworkProfile network) {
        return network.exposureMode() == NetworkProfile.ExposureMode.REVERSE_PROXY
                && (r.accessProfile() == null
                || r.accessProfile().generatedAccessMode() != dev.appaloft.api.resources.AccessProfile.GeneratedAccessMode.DISABLED);
    }

    /** The resource's policy, or a default GET of its health path (or /) expecting 200. */
    static HealthCheck health(Resource r) {
        if (r.healthPolicy() != null) {
            return r.healthPolicy();
        }
        String path = r.runtimeProfile() != null && r.runtimeProfile().healthCheckPath() != null
                ? r.runtimeProfile().healthCheckPath() : "/";
        return new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 5L, 30L, 0L, new HealthCheck.Http(HealthCheck.Method.GET,
                HealthCheck.Scheme.HTTP, "localhost", null, path, 200, null));
    }
}

package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.resources.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Turns a resource's current profile into a fixed plan, or says clearly why it cannot be deployed
 * yet. Built so far: a prebuilt image ({@code docker-image} source) and a Dockerfile in a local
 * folder; every other source or strategy answers {@code not_implemented} naming it.
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
        RuntimeProfile.Strategy strategy = resource.runtimeProfile() == null ? RuntimeProfile.Strategy.AUTO
                : resource.runtimeProfile().strategy();
        String tag = "appaloft/" + resource.slug() + ":" + now.toEpochMilli();
        Deployment.Plan plan;
        if (source.kind() == SourceBinding.Kind.DOCKER_IMAGE
                && (strategy == RuntimeProfile.Strategy.AUTO || strategy == RuntimeProfile.Strategy.PREBUILT_IMAGE)) {
            plan = plan(resource, providerKey, routeHost, source, "prebuilt-image", source.locator(), null, null, network, now,
                    "prebuilt image " + source.locator(), List.of("resolve image", "start candidate", "verify health",
                            "retire previous"));
        } else if (source.kind() == SourceBinding.Kind.LOCAL_FOLDER
                && (strategy == RuntimeProfile.Strategy.AUTO || strategy == RuntimeProfile.Strategy.DOCKERFILE)) {
            Path folder = Path.of(source.locator());
            if (source.baseDirectory() != null) {
                folder = folder.resolve(source.baseDirectory());
            }
            String dockerfile = resource.runtimeProfile() != null && resource.runtimeProfile().dockerfilePath() != null
                    ? resource.runtimeProfile().dockerfilePath() : "Dockerfile";
            if (!Files.isRegularFile(folder.resolve(dockerfile))) {
                throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "no " + dockerfile + " in " + folder
                        + "; only Dockerfile builds of local folders are deployable so far");
            }
            plan = plan(resource, providerKey, routeHost, source, "dockerfile", tag, folder.toString(), dockerfile, network, now,
                    "Dockerfile build of " + folder, List.of("build image", "start candidate", "verify health",
                            "retire previous"));
        } else {
            throw AppaloftException.notImplemented("deployments.create for source " + sourceName(source)
                    + " with strategy " + strategy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return plan;
    }

    private static Deployment.Plan plan(Resource r, String providerKey, String routeHost, SourceBinding source,
                                        String strategy,
                                        String image, String context, String dockerfile, NetworkProfile network,
                                        Instant now, String summary, List<String> steps) {
        return new Deployment.Plan(Ids.next("plan"), providerKey, source, strategy, image, context, dockerfile,
                network.internalPort(), network.exposureMode() == NetworkProfile.ExposureMode.DIRECT_PORT
                ? network.hostPort() : null, network.exposureMode(), health(r), r.slug(),
                routed(r, network) ? routeHost : null,
                r.accessProfile() == null ? "/" : r.accessProfile().pathPrefix(), summary, steps, now);
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

    private static String sourceName(SourceBinding source) {
        return switch (source.kind()) {
            case LOCAL_FOLDER -> "local-folder";
            case DOCKER_IMAGE -> "docker-image";
            default -> source.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }
}

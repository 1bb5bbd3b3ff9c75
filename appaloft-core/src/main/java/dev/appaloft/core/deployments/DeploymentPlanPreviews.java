package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentPlanPreview;
import dev.appaloft.api.deployments.DeploymentPlanPreview.Finding;
import dev.appaloft.api.deployments.PlanDeploymentInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.deployments.sources.DeployableSources;
import dev.appaloft.core.deployments.sources.Detection;
import dev.appaloft.core.deployments.sources.SourceRoots;
import dev.appaloft.core.deployments.sources.StrategyDetector;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.projects.Project;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code deployments.plan}: runs the planner admission runs, and reads a source that is already on
 * this host (a local folder) the way the detect phase would, without building, starting or storing
 * anything. Sources that must be fetched first (git, zip) are planned from the profile alone and
 * say so. What would refuse the deployment is reported as a blocked reason, not thrown.
 */
final class DeploymentPlanPreviews {

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final SourceRoots roots;

    DeploymentPlanPreviews(CoreContext ctx, DeploymentRuntimes runtimes, SourceRoots roots) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.roots = roots;
    }

    DeploymentPlanPreview plan(Actor actor, PlanDeploymentInput in) {
        DeploymentChecks.requireTarget(in.projectId(), in.environmentId(), in.resourceId(), in.serverId());
        String org = actor.organizationId();
        Project project = ctx.read(r -> ProjectRepository.require(r, org, in.projectId())).value();
        Environment env = ctx.read(r -> EnvironmentRepository.require(r, org, in.environmentId())).value();
        Resource resource = ctx.read(r -> ResourceRepository.require(r, org, in.resourceId())).value();
        Server server = ctx.read(r -> ServerRepository.require(r, org, in.serverId())).value();
        if (!env.projectId().equals(project.id()) || !resource.environmentId().equals(env.id())) {
            throw AppaloftException.validation("resourceId", "the resource is not in this project's environment");
        }
        List<Finding> blocked = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        try {
            runtimes.requireConfigured(server.providerKey());
        } catch (AppaloftException e) {
            blocked.add(blocked("runtime-target-unsupported", "runtime-target", e.getMessage()));
        }
        Deployment.Plan plan = null;
        String generatedHost = ctx.read(r -> runtimes.generatedHost(r, org, server.id(), resource.slug(), Slugs.of(env.name())))
                .map(h -> h.name()).orElse(null);
        try {
            plan = DeploymentPlanner.plan(resource, server.providerKey(), generatedHost, ctx.now());
        } catch (AppaloftException e) {
            blocked.add(blocked(reasonFor(e, resource), "runtime-plan-resolution", e.getMessage()));
        }
        if (plan != null && !plan.runsPrebuiltImage()) {
            try {
                roots.check(resource.source());
            } catch (AppaloftException outside) {
                blocked.add(blocked("missing-source-root", "source-inspection", outside.getMessage()));
                plan = null; // the folder is not read
            }
        }
        Detection detection = plan == null ? null : detect(resource, plan, blocked, warnings);
        RuntimeProfile profile = resource.runtimeProfile();
        String strategy = detection == null ? plan == null ? "dockerfile" : plan.buildStrategy()
                : detection.strategy() == RuntimeProfile.Strategy.STATIC ? "static-artifact"
                : detection.strategy() == RuntimeProfile.Strategy.WORKSPACE_COMMANDS ? "workspace-commands" : "dockerfile";
        boolean prebuilt = Deployment.PREBUILT.equals(strategy);
        List<String> reasonCodes = blocked.stream().map(Finding::code).distinct().toList();
        String status = !blocked.isEmpty() ? "blocked" : warnings.isEmpty() ? "ready" : "warning";
        SourceBinding source = resource.source();
        NetworkProfile network = resource.networkProfile();
        HealthCheck health = DeploymentPlanner.health(resource);
        String host = plan == null ? null : plan.routeHost();
        return new DeploymentPlanPreview(DeploymentPlanPreview.SCHEMA_VERSION,
                new DeploymentPlanPreview.Context(project.id(), env.id(), resource.id(), server.id(),
                        in.destinationId() == null ? "dst_default" : in.destinationId(), project.name(), env.name(),
                        resource.name(), server.name()),
                new DeploymentPlanPreview.Readiness(status, blocked.isEmpty(), reasonCodes),
                new DeploymentPlanPreview.Source(source == null ? SourceBinding.Kind.LOCAL_FOLDER : source.kind(),
                        source == null ? "(no source)" : DeployableSources.describe(source),
                        source == null ? "" : dev.appaloft.core.resources.SourceRules.forDisplay(source).locator(),
                        detection == null ? null : detection.runtimeFamily(),
                        detection == null ? null : detection.packageManager(),
                        detection == null ? null : StrategyDetector.applicationShape(detection.strategy()),
                        detection == null ? List.of() : detection.detectedFiles(),
                        detection == null ? List.of() : detection.detectedScripts(),
                        detection == null ? null : detection.dockerfilePath(),
                        reasoning(plan, detection)),
                new DeploymentPlanPreview.Planner(prebuilt ? "container-native" : "appaloft-" + strategy,
                        blocked.isEmpty() ? prebuilt ? "container-native" : "first-class" : "unsupported", strategy,
                        "all-in-one-docker", "single-server", server.providerKey()),
                new DeploymentPlanPreview.Artifact(prebuilt ? "prebuilt-image" : strategy.equals("static-artifact")
                        ? "static-server-image" : strategy.equals("workspace-commands") ? "workspace-image"
                        : "dockerfile-image", "image", prebuilt ? "prebuilt-image" : "build-image",
                        plan == null ? null : plan.image()),
                commands(profile, detection),
                network == null ? new DeploymentPlanPreview.Network(null, null, null, null)
                        : new DeploymentPlanPreview.Network(network.internalPort(), network.upstreamProtocol() == null
                        ? "http" : network.upstreamProtocol().name().toLowerCase(Locale.ROOT),
                        wire(network.exposureMode() == null ? NetworkProfile.ExposureMode.REVERSE_PROXY
                                : network.exposureMode()), network.hostPort()),
                new DeploymentPlanPreview.Health(!Boolean.FALSE.equals(health.enabled()),
                        Boolean.FALSE.equals(health.enabled()) ? "none" : "http",
                        health.http() == null ? null : health.http().path(),
                        network == null ? null : network.internalPort()),
                Boolean.FALSE.equals(in.includeAccessPlan()) || host == null ? null
                        : new DeploymentPlanPreview.Access("generated-default-access", host,
                        "http", 1, 1),
                warnings, blocked, nextActions(blocked.isEmpty()), Timestamps.format(ctx.now()));
    }

    /** A local folder is read now, as the detect phase would; other sources are read when deployed. */
    private static Detection detect(Resource resource, Deployment.Plan plan, List<Finding> blocked,
                                    List<Finding> warnings) {
        SourceBinding source = resource.source();
        if (Deployment.PREBUILT.equals(plan.buildStrategy())) {
            return null;
        }
        if (source.kind() != SourceBinding.Kind.LOCAL_FOLDER) {
            warnings.add(new Finding("resource-source-unnormalized", "info", "source-inspection",
                    DeployableSources.describe(source) + " is fetched when a deployment runs; its files are "
                            + "inspected then", null));
            return null;
        }
        Path root = Path.of(source.locator());
        if (source.baseDirectory() != null) {
            root = root.resolve(source.baseDirectory());
        }
        if (!Files.isDirectory(root)) {
            blocked.add(blocked("missing-source-root", "source-inspection", "the folder " + root + " does not exist"));
            return null;
        }
        try {
            return StrategyDetector.detect(source.kind(), root, resource.runtimeProfile());
        } catch (AppaloftException e) {
            blocked.add(blocked("missing-start-intent", "source-inspection", e.getMessage()));
            return null;
        }
    }

    private static List<DeploymentPlanPreview.Command> commands(RuntimeProfile profile, Detection detection) {
        List<DeploymentPlanPreview.Command> commands = new ArrayList<>();
        add(commands, "install", profile == null ? null : profile.installCommand(),
                detection == null ? null : detection.installCommand());
        add(commands, "build", profile == null ? null : profile.buildCommand(),
                detection == null ? null : detection.buildCommand());
        add(commands, "start", profile == null ? null : profile.startCommand(),
                detection == null ? null : detection.startCommand());
        return commands;
    }

    private static void add(List<DeploymentPlanPreview.Command> commands, String kind, String fromProfile,
                            String detected) {
        if (fromProfile != null) {
            commands.add(new DeploymentPlanPreview.Command(kind, fromProfile, "resource-runtime-profile"));
        } else if (detected != null) {
            commands.add(new DeploymentPlanPreview.Command(kind, detected, "planner"));
        }
    }

    private static List<String> reasoning(Deployment.Plan plan, Detection detection) {
        List<String> reasons = new ArrayList<>();
        if (plan != null) {
            reasons.add(plan.detectSummary());
        }
        if (detection != null) {
            reasons.add("strategy " + detection.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ", decided by " + detection.reason());
        }
        return reasons;
    }

    private static List<DeploymentPlanPreview.NextAction> nextActions(boolean ready) {
        return ready
                ? List.of(new DeploymentPlanPreview.NextAction("command", "deployments.create", "Deploy", false, null))
                : List.of(new DeploymentPlanPreview.NextAction("query", "resources.show", "Review the resource's profile",
                true, null));
    }

    /** The spec's reason code for a refusal of the planner. */
    private static String reasonFor(AppaloftException e, Resource resource) {
        if (e.code().equals(ErrorCode.RESOURCE_SOURCE_MISSING)) {
            return "resource-source-missing";
        }
        if (e.code().equals(ErrorCode.RESOURCE_NETWORK_PROFILE_MISSING)) {
            return "network-profile-missing";
        }
        boolean staticWithoutFolder = resource.runtimeProfile() != null
                && resource.runtimeProfile().strategy() == RuntimeProfile.Strategy.STATIC
                && resource.runtimeProfile().publishDirectory() == null;
        return staticWithoutFolder ? "static-publish-directory-missing" : "incompatible-source-strategy";
    }

    private static Finding blocked(String code, String phase, String message) {
        return new Finding(code, "blocked", phase, message, null);
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.appaloft.core.deployments;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentLogLine;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.DeploymentView;
import dev.appaloft.api.deployments.EnvironmentSnapshotView;
import dev.appaloft.api.deployments.RuntimePlanView;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.core.deployments.sources.SourceResolution;
import dev.appaloft.core.resources.SourceRules;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire views of a deployment; secrets masked, credentials in source URLs hidden. */
final class DeploymentViews {

    private DeploymentViews() {
    }

    static DeploymentView view(Deployment d, List<DeploymentLogLine> logs, long logCount) {
        Deployment.Plan p = d.plan();
        var source = SourceRules.forDisplay(p.source());
        SourceResolution found = p.resolution();
        RuntimePlanView plan = new RuntimePlanView(p.id(),
                new RuntimePlanView.Source(source.kind(), source.locator(), source.displayName(), inspection(p)),
                p.buildStrategy(), p.deploysComposeStack() ? "compose-bundle" : "all-in-one-docker",
                p.deploysComposeStack() // compose stacks: the artifact is the project the Compose CLI runs
                        ? new RuntimePlanView.Artifact("compose-project", "compose-project", null, p.dockerfilePath())
                        : new RuntimePlanView.Artifact("image", p.runsPrebuiltImage() ? "prebuilt-image" : "build-image",
                                p.image()),
                new RuntimePlanView.Execution(p.deploysComposeStack() ? "docker-compose-stack" : "docker-container",
                        p.contextDirectory(),
                        found == null ? null : found.installCommand(), found == null ? null : found.buildCommand(),
                        found == null ? null : found.startCommand(), p.internalPort(),
                        p.deploysComposeStack() ? null : p.image(), p.dockerfilePath(),
                        p.health(), p.routeHost() == null ? null : List.of(new RuntimePlanView.AccessRoute("caddy",
                        List.of(p.routeHost()), p.pathPrefix(), "disabled", p.internalPort())), produced(d)),
                new RuntimePlanView.Target("single-server", p.providerKey(), List.of(d.serverId())),
                p.detectSummary(), p.steps(), Timestamps.format(p.generatedAt()));
        Deployment.Snapshot s = d.snapshot();
        EnvironmentSnapshotView snapshot = new EnvironmentSnapshotView(s.id(), s.environmentId(),
                Timestamps.format(s.createdAt()), Precedence.ORDER, s.variables().stream().map(ConfigEntry::masked).toList());
        return new DeploymentView(d.id(), d.projectId(), d.environmentId(), d.resourceId(), d.serverId(),
                d.destinationId(), d.status(), d.triggerKind() == null ? "create" : d.triggerKind(), d.sourceDeploymentId(),
                found == null ? null : found.commitSha(), plan, snapshot, logs, logCount, Timestamps.format(d.createdAt()),
                Timestamps.format(d.startedAt()), Timestamps.format(d.finishedAt()), Timestamps.format(d.archivedAt()));
    }

    /** What the deployment started and where it answers, once it did. */
    private static Map<String, String> produced(Deployment d) {
        if (d.instance() == null) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("containerName", d.instance().name());
        if (d.instance().hostPort() != null) {
            metadata.put("publishedPort", String.valueOf(d.instance().hostPort()));
        }
        if (d.url() != null) {
            metadata.put("url", d.url());
        }
        return metadata;
    }

    /** The sections of {@code deployments.show} beyond the deployment itself; null ones are left out. */
    record Sections(DeploymentDetail.RelatedContext relatedContext, boolean snapshot, boolean timeline,
                    boolean latestFailure, DeploymentDetail.RecoverySummary recoverySummary) {

        static final Sections DEFAULT = new Sections(null, false, false, true, null);
    }

    private static RuntimePlanView.Inspection inspection(Deployment.Plan p) {
        SourceResolution found = p.resolution();
        if (found == null || p.runsPrebuiltImage()) {
            return null;
        }
        return new RuntimePlanView.Inspection(found.runtimeFamily(), found.packageManager(), found.applicationShape(),
                found.detectedFiles(), found.detectedScripts(), "dockerfile".equals(found.buildStrategy())
                ? found.dockerfilePath() : null);
    }

    static DeploymentDetail detail(Deployment d, long logCount, Instant now) {
        return detail(d, logCount, now, Sections.DEFAULT);
    }

    static DeploymentDetail detail(Deployment d, long logCount, Instant now, Sections sections) {
        DeploymentLogLine failure = d.failure() == null || !sections.latestFailure() ? null : new DeploymentLogLine(
                Timestamps.format(d.failure().at()), "appaloft", d.failure().phase(), "error",
                d.failure().code() + ": " + d.failure().message(), null);
        List<String> next = d.status() == DeploymentStatus.FAILED ? List.of("logs", "resource-detail", "diagnostic-summary")
                : List.of("logs", "resource-detail", "resource-health");
        DeploymentView view = view(d, null, logCount);
        return new DeploymentDetail(DeploymentDetail.SCHEMA_VERSION, view,
                new DeploymentDetail.Status(d.status(), Timestamps.format(d.createdAt()), Timestamps.format(d.startedAt()),
                        Timestamps.format(d.finishedAt())),
                sections.relatedContext(),
                sections.snapshot() ? new DeploymentDetail.Snapshot(view.runtimePlan(), view.environmentSnapshot()) : null,
                sections.timeline() ? new DeploymentDetail.Timeline(Timestamps.format(d.createdAt()),
                        Timestamps.format(d.startedAt()), Timestamps.format(d.finishedAt()), logCount) : null,
                failure, sections.recoverySummary(), next, List.of(), Timestamps.format(now));
    }
}

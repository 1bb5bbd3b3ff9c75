package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads a deployment's source and leaves a Dockerfile build ready: the source is materialized in
 * the deployment's work folder (or used in place), its {@code baseDirectory} applied, its strategy
 * detected, and for {@code static} and {@code workspace-commands} a Dockerfile generated. Every
 * step is written to the deployment log (phase detect). {@link #discard} removes the folder.
 */
public final class SourcePreparer {

    /** How long one git network operation may take before the clone fails (retryable). */
    static final Duration GIT_TIMEOUT = Duration.ofMinutes(5);

    private final SourceSettings settings;
    private final WorkFolders folders;
    private final SourceMaterializer localFolder = new LocalFolderMaterializer();
    private final SourceMaterializer git = new GitMaterializer(GIT_TIMEOUT);
    private final SourceMaterializer zip = new ZipMaterializer();
    private final SourceMaterializer inline = new InlineDockerfileMaterializer();
    private final SourceMaterializer inlineCompose = new InlineComposeMaterializer();
    private final SourceMaterializer composeFolder = new ComposeFolderMaterializer();

    public SourcePreparer(SourceSettings settings) {
        this.settings = settings;
        this.folders = new WorkFolders(settings.workDirectory());
    }

    /**
     * @param port the resource's internal port (generated servers listen on it)
     * @throws dev.appaloft.api.error.AppaloftException with a {@link SourceErrors} code
     */
    public SourceResolution prepare(String deploymentId, SourceBinding source, RuntimeProfile profile, long port,
                                    RuntimeLog log) {
        return prepare(deploymentId, source, profile, port, null, log);
    }

    /** @param targetService the compose service the proxy routes to (compose stacks; null: the only one) */
    public SourceResolution prepare(String deploymentId, SourceBinding source, RuntimeProfile profile, long port,
                                    String targetService, RuntimeLog log) {
        try {
            settings.roots().check(source);
        } catch (dev.appaloft.api.error.AppaloftException outside) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, outside.getMessage());
        }
        Path folder = folders.fresh(deploymentId);
        try {
            Workspace checkout = materializer(source.kind()).materialize(source, folder.resolve("source"), log);
            Path root = SourcePaths.inside(checkout.root(), source.baseDirectory(), true, "baseDirectory");
            Workspace workspace = new Workspace(root, checkout.owned(), checkout.commitSha());
            if (DeployableSources.composes(source, profile)) {
                return compose(source, workspace, profile, targetService, log);
            }
            Detection detection = StrategyDetector.detect(source.kind(), root, profile);
            log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "strategy " + wire(detection.strategy())
                    + " (" + detection.reason() + ")");
            BuildContext context = switch (detection.strategy()) {
                case DOCKERFILE -> new BuildContext(root, detection.dockerfilePath());
                case STATIC -> StaticSiteContext.generate(workspace, detection, settings.staticServerImage(),
                        settings.workspaceImage(), port, folder);
                case WORKSPACE_COMMANDS -> WorkspaceCommandsContext.generate(workspace, detection,
                        settings.workspaceImage(), port, folder);
                default -> throw new IllegalStateException("detected " + detection.strategy());
            };
            return resolution(source, workspace, detection, context);
        } catch (UncheckedIOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not prepare the build context: "
                    + e.getMessage(), e);
        }
    }

    /** The deployments' build workspaces under the work directory. */
    public BuildWorkspaces workspaces() {
        return new BuildWorkspaces(folders);
    }

    /** Removes the deployment's work folder (a user's own folder is never inside it). */
    public void discard(String deploymentId) {
        folders.discard(deploymentId);
    }

    private SourceMaterializer materializer(SourceBinding.Kind kind) {
        return switch (kind) {
            case LOCAL_FOLDER -> localFolder;
            case LOCAL_GIT, REMOTE_GIT, GIT_PUBLIC -> git;
            case ZIP_ARTIFACT -> zip;
            case DOCKERFILE_INLINE -> inline;
            case DOCKER_COMPOSE_INLINE -> inlineCompose;
            case COMPOSE -> composeFolder;
            default -> throw new IllegalArgumentException("source kind " + kind + " is not read by this engine");
        };
    }

    // compose stacks: the file is found and validated here; the Compose CLI builds and runs it later
    private static SourceResolution compose(SourceBinding source, Workspace workspace, RuntimeProfile profile,
                                            String targetService, RuntimeLog log) {
        RuntimeProfile p = profile;
        if (source.kind() == SourceBinding.Kind.COMPOSE && (p == null || p.dockerComposeFilePath() == null)) {
            String file = ComposeFolderMaterializer.fileNamed(source);
            if (file != null) {
                p = new RuntimeProfile(RuntimeProfile.Strategy.DOCKER_COMPOSE, null, null, null, null, null, null, file,
                        null, null, null);
            }
        }
        ComposeDetection.Found found = ComposeDetection.find(workspace.root(), p, targetService);
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "strategy docker-compose: " + found.file() + " declares "
                + found.compose().services().size() + " services (" + String.join(", ", found.compose().serviceNames())
                + "); the proxy routes to " + found.target().name());
        String where = DeployableSources.describe(source) + (workspace.commitSha() == null ? ""
                : " at " + workspace.commitSha().substring(0, Math.min(12, workspace.commitSha().length())));
        return new SourceResolution("compose-deploy", workspace.commitSha(), found.root().toString(), found.file(),
                "custom", null, "container-native", List.of(found.file()), List.of(), null, null, null, null,
                "compose stack " + found.file() + " of " + where + " (services " + String.join(", ",
                        found.compose().serviceNames()) + ")", found.target().name());
    }

    private static SourceResolution resolution(SourceBinding source, Workspace workspace, Detection d,
                                               BuildContext context) {
        String what = switch (d.strategy()) {
            case STATIC -> "static site from " + d.publishDirectory() + "/";
            case WORKSPACE_COMMANDS -> "workspace commands (start: " + d.startCommand() + ")";
            default -> "Dockerfile build (" + d.dockerfilePath() + ")";
        };
        String where = DeployableSources.describe(source) + (workspace.commitSha() == null ? ""
                : " at " + workspace.commitSha().substring(0, Math.min(12, workspace.commitSha().length())));
        return new SourceResolution(wire(d.strategy()), workspace.commitSha(), context.directory().toString(),
                context.dockerfile(), d.runtimeFamily(), d.packageManager(),
                StrategyDetector.applicationShape(d.strategy()), d.detectedFiles(), d.detectedScripts(),
                d.installCommand(), d.buildCommand(), d.startCommand(), d.publishDirectory(),
                what + " of " + where + " (" + d.reason() + ")", null);
    }

    /** The spec's build strategy of a resolved strategy. */
    static String wire(RuntimeProfile.Strategy strategy) {
        return switch (strategy) {
            case STATIC -> "static-artifact";
            case WORKSPACE_COMMANDS -> "workspace-commands";
            case PREBUILT_IMAGE -> "prebuilt-image";
            default -> "dockerfile";
        };
    }
}

package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.RuntimeProfile.Strategy;
import dev.appaloft.api.resources.SourceBinding;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a source is built. An explicit strategy is checked against the files; {@code auto}
 * follows the profile's hints first (a Dockerfile path, a folder to publish, a start command:
 * the user said what they want), then the files: a {@code Dockerfile}, a static site
 * ({@code public/index.html}), a known workspace manifest (a Node project's package.json
 * supplies its commands; other languages need a start command), a bare {@code index.html}.
 * Nothing recognisable fails with {@code strategy_not_detected}, saying what was looked for.
 */
public final class StrategyDetector {

    static final String DOCKERFILE = "Dockerfile";
    private static final String EXPLICIT = "the profile's strategy";

    private StrategyDetector() {
    }

    public static Detection detect(SourceBinding.Kind kind, Path root, RuntimeProfile profile) {
        RuntimeProfile p = profile == null ? RuntimeProfile.strategy(Strategy.AUTO) : profile;
        Strategy requested = p.strategy() == null ? Strategy.AUTO : p.strategy();
        WorkspaceManifests files = new WorkspaceManifests(root);
        if (kind == SourceBinding.Kind.DOCKERFILE_INLINE) {
            return dockerfile(root, DOCKERFILE, files, "an inline Dockerfile");
        }
        return switch (requested) {
            case DOCKERFILE -> dockerfile(root, dockerfilePath(p), files, EXPLICIT);
            case STATIC -> staticSite(p.publishDirectory(), p, files, EXPLICIT);
            case WORKSPACE_COMMANDS -> workspace(p, files, EXPLICIT);
            case AUTO -> auto(root, p, files);
            case PREBUILT_IMAGE, DOCKER_COMPOSE -> throw new IllegalArgumentException(
                    "strategy " + requested + " does not read a source");
        };
    }

    private static Detection auto(Path root, RuntimeProfile p, WorkspaceManifests files) {
        if (p.dockerfilePath() != null) {
            return dockerfile(root, p.dockerfilePath(), files, "the profile's dockerfilePath");
        }
        if (p.publishDirectory() != null) {
            return staticSite(p.publishDirectory(), p, files, "the profile's publishDirectory");
        }
        if (p.startCommand() != null) {
            return workspace(p, files, "the profile's start command");
        }
        if (Files.isRegularFile(root.resolve(DOCKERFILE))) {
            return dockerfile(root, DOCKERFILE, files, "a Dockerfile");
        }
        if (Files.isRegularFile(root.resolve("public/index.html"))) {
            return staticSite("public", p, files, "a static site in public/");
        }
        if (files.manifest() != null) {
            return workspace(p, files, files.manifest());
        }
        if (Files.isRegularFile(root.resolve("index.html"))) {
            return staticSite(".", p, files, "an index.html at the root");
        }
        throw SourceErrors.fail(SourceErrors.STRATEGY_NOT_DETECTED, "nothing to build was found: no Dockerfile, no "
                + "public/index.html, no known manifest (package.json, requirements.txt, go.mod, ...) and no "
                + "index.html at the source's root; set the resource's runtime strategy, or add one of those");
    }

    private static String dockerfilePath(RuntimeProfile p) {
        return p.dockerfilePath() == null ? DOCKERFILE : p.dockerfilePath();
    }

    private static Detection dockerfile(Path root, String path, WorkspaceManifests files, String reason) {
        SourcePaths.inside(root, path, false, "Dockerfile");
        return new Detection(Strategy.DOCKERFILE, reason, "custom", null, files.detectedFiles(), files.scripts(), path,
                null, null, null, null);
    }

    private static Detection staticSite(String publishDirectory, RuntimeProfile p, WorkspaceManifests files,
                                        String reason) {
        String family = files.runtimeFamily() != null && (p.buildCommand() != null || p.installCommand() != null)
                ? files.runtimeFamily() : "static";
        return new Detection(Strategy.STATIC, reason, family, files.packageManager(), files.detectedFiles(),
                files.scripts(), null, publishDirectory, p.installCommand(), p.buildCommand(), null);
    }

    /** Workspace commands: the profile's, else what a Node project's package.json implies. */
    private static Detection workspace(RuntimeProfile p, WorkspaceManifests files, String reason) {
        String start = p.startCommand() != null ? p.startCommand() : files.nodeScript("start");
        if (start == null) {
            String manifest = files.manifest();
            throw SourceErrors.fail(SourceErrors.STRATEGY_NOT_DETECTED, (manifest == null
                    ? "workspace commands need a start command"
                    : "found " + manifest + " (" + files.runtimeFamily() + ") but no start command")
                    + ": set the resource's runtimeProfile.startCommand (and installCommand, buildCommand)");
        }
        String install = p.installCommand() != null ? p.installCommand()
                : p.startCommand() == null ? files.nodeInstall() : null;
        String build = p.buildCommand() != null ? p.buildCommand()
                : p.startCommand() == null ? files.nodeScript("build") : null;
        return new Detection(Strategy.WORKSPACE_COMMANDS, reason, files.runtimeFamily() == null ? "custom"
                : files.runtimeFamily(), files.packageManager(), files.detectedFiles(), files.scripts(), null, null,
                install, build, start);
    }

    /** The spec's application shape of a detection. */
    public static String applicationShape(Strategy strategy) {
        return switch (strategy) {
            case STATIC -> "static";
            case WORKSPACE_COMMANDS -> "serverful-http";
            default -> "container-native";
        };
    }
}

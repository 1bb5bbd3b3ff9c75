package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.RuntimeProfile.Strategy;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.resources.SourceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What admission checks about a resource's source and strategy before a deployment is stored:
 * only what is wrong whatever the files say (a combination that cannot work, a path leaving the
 * source, a kind this engine cannot read). Whether the repository, ref, archive or files exist is
 * found out when the deployment reads the source (phase detect), since that can take a while.
 */
public final class DeployableSources {

    private static final Pattern REPOSITORY_URL = Pattern.compile("(?i)(https?|git|ssh|file)://\\S+|[\\w.-]+@[\\w.-]+:\\S+");

    private DeployableSources() {
    }

    /**
     * The build strategy the plan starts with (the spec's names). With {@code auto} it is a guess
     * the detect phase replaces: a profile hint decides it, else {@code dockerfile}.
     *
     * @throws AppaloftException {@code validation_error} (the resource's field at fault) or
     *     {@code not_implemented}
     */
    public static String buildStrategy(SourceBinding source, RuntimeProfile profile) {
        RuntimeProfile p = profile == null ? RuntimeProfile.strategy(Strategy.AUTO) : profile;
        Strategy strategy = p.strategy() == null ? Strategy.AUTO : p.strategy();
        notYet(source.kind(), strategy);
        List<Issue> issues = new ArrayList<>();
        switch (source.kind()) {
            case DOCKER_IMAGE -> check(issues, strategy == Strategy.AUTO || strategy == Strategy.PREBUILT_IMAGE,
                    "runtimeProfile.strategy", "a docker-image source runs as a prebuilt image; strategy "
                            + wire(strategy) + " needs source code");
            case DOCKERFILE_INLINE -> {
                check(issues, InlineDockerfileMaterializer.content(source) != null, "source.metadata.content",
                        "a dockerfile-inline source carries its Dockerfile in metadata.content");
                check(issues, strategy == Strategy.AUTO || strategy == Strategy.DOCKERFILE, "runtimeProfile.strategy",
                        "an inline Dockerfile is built with the dockerfile strategy, not " + wire(strategy));
            }
            case DOCKER_COMPOSE_INLINE -> {
                check(issues, InlineComposeMaterializer.content(source) != null, "source.metadata.content",
                        "a docker-compose-inline source carries its compose file in metadata.content");
                check(issues, strategy == Strategy.AUTO || strategy == Strategy.DOCKER_COMPOSE, "runtimeProfile.strategy",
                        "an inline compose file is run with the docker-compose strategy, not " + wire(strategy));
            }
            case COMPOSE -> check(issues, strategy == Strategy.AUTO || strategy == Strategy.DOCKER_COMPOSE,
                    "runtimeProfile.strategy", "a compose source is run with the docker-compose strategy, not "
                            + wire(strategy));
            case REMOTE_GIT, GIT_PUBLIC -> check(issues, REPOSITORY_URL.matcher(source.locator()).matches(),
                    "source.locator", "a git source's locator is a repository URL (https://, git://, ssh://, file://)");
            default -> {
            }
        }
        if (source.kind() != SourceBinding.Kind.DOCKER_IMAGE) {
            check(issues, strategy != Strategy.PREBUILT_IMAGE, "runtimeProfile.strategy",
                    "the prebuilt-image strategy needs a docker-image source");
        }
        check(issues, strategy != Strategy.STATIC || p.publishDirectory() != null, "runtimeProfile.publishDirectory",
                "the static strategy needs the folder to publish");
        for (Map.Entry<String, String> path : Map.of("runtimeProfile.publishDirectory", nullToDot(p.publishDirectory()),
                "runtimeProfile.dockerfilePath", nullToDot(p.dockerfilePath()),
                "source.baseDirectory", nullToDot(source.baseDirectory()),
                "runtimeProfile.dockerComposeFilePath", nullToDot(p.dockerComposeFilePath())).entrySet()) {
            check(issues, staysInside(path.getValue()), path.getKey(), "the path must stay inside the source: relative, "
                    + "without '..'");
        }
        if (!issues.isEmpty()) {
            throw AppaloftException.validation(issues);
        }
        if (composes(source, p)) {
            return "compose-deploy";
        }
        if (source.kind() == SourceBinding.Kind.DOCKER_IMAGE || strategy == Strategy.PREBUILT_IMAGE) {
            return "prebuilt-image";
        }
        if (strategy == Strategy.STATIC || strategy == Strategy.AUTO && p.publishDirectory() != null
                && p.dockerfilePath() == null) {
            return "static-artifact";
        }
        if (strategy == Strategy.WORKSPACE_COMMANDS || strategy == Strategy.AUTO && p.startCommand() != null
                && p.dockerfilePath() == null) {
            return "workspace-commands";
        }
        return "dockerfile";
    }

    /**
     * Whether the resource deploys as a compose stack: a compose source, the docker-compose
     * strategy, or {@code auto} with a compose file named and no Dockerfile.
     */
    public static boolean composes(SourceBinding source, RuntimeProfile p) {
        Strategy strategy = p == null || p.strategy() == null ? Strategy.AUTO : p.strategy();
        return source.kind() == SourceBinding.Kind.DOCKER_COMPOSE_INLINE || source.kind() == SourceBinding.Kind.COMPOSE
                || strategy == Strategy.DOCKER_COMPOSE
                || strategy == Strategy.AUTO && p != null && p.dockerComposeFilePath() != null && p.dockerfilePath() == null;
    }

    /** {@code local-git /path at main}, with any credentials in the URL masked. */
    public static String describe(SourceBinding source) {
        String locator = source.kind() == SourceBinding.Kind.DOCKERFILE_INLINE
                || source.kind() == SourceBinding.Kind.DOCKER_COMPOSE_INLINE ? "(" + source.locator() + ")"
                : SourceRules.maskUserInfo(source.locator());
        return wire(source.kind()) + " " + locator + (source.gitRef() == null ? "" : " at " + source.gitRef())
                + (source.baseDirectory() == null ? "" : ", folder " + source.baseDirectory());
    }

    private static void notYet(SourceBinding.Kind kind, Strategy strategy) {
        String missing = switch (kind) {
            case GIT_GITHUB_APP -> "git-github-app sources (they need the GitHub App integration); use git-public or "
                    + "remote-git with the repository URL";
            case GIT_DEPLOY_KEY -> "git-deploy-key sources (they need SSH deploy keys); use remote-git with an https URL";
            default -> null;
        };
        if (missing != null) {
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "deployments of " + missing
                    + " are not implemented yet", List.of(), Map.of("operation", "deployments.create"), null);
        }
    }

    private static void check(List<Issue> issues, boolean ok, String field, String message) {
        if (!ok) {
            issues.add(new Issue("custom", java.util.Arrays.<Object>asList((Object[]) field.split("\\.")), message, null,
                    null, null));
        }
    }

    private static String nullToDot(String path) {
        return path == null ? "." : path;
    }

    static boolean staysInside(String path) {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(path).normalize();
            return !p.isAbsolute() && !p.startsWith("..") && !path.contains("://");
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static String wire(Strategy strategy) {
        return strategy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String wire(SourceBinding.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

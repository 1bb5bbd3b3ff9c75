package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.deployments.sources.Detection;
import dev.appaloft.core.deployments.sources.StrategyDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code up} deploys a folder as: a compose stack when it has a compose file and no Dockerfile,
 * else what the server's own detection ({@link StrategyDetector}, the {@code auto} strategy) finds: a
 * Dockerfile, a static site, a workspace. The server detects again when it builds; this is for the
 * resource's shape (kind, port) and to fail early, before anything is created, on a folder with nothing
 * to build.
 */
record SourceDetection(String kind, String strategy, String reason, int internalPort, String composeFile) {

    static final List<String> COMPOSE_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");
    private static final Pattern EXPOSE = Pattern.compile("(?im)^\\s*EXPOSE\\s+(\\d+)");
    static final int DEFAULT_PORT = 8080;

    static SourceDetection of(Path folder, Integer port) {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(ExitCode.USAGE, folder + " is not a folder");
        }
        if (!Files.isRegularFile(folder.resolve("Dockerfile"))) {
            for (String name : COMPOSE_FILES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    return new SourceDetection("compose-stack", "docker-compose", "a compose file (" + name + ")",
                            port == null ? DEFAULT_PORT : port, name);
                }
            }
        }
        Detection found;
        try {
            found = StrategyDetector.detect(SourceBinding.Kind.LOCAL_FOLDER, folder, null);
        } catch (AppaloftException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
        String strategy = switch (found.strategy()) {
            case DOCKERFILE -> "dockerfile";
            case STATIC -> "static";
            case WORKSPACE_COMMANDS -> "workspace-commands";
            default -> "auto";
        };
        int internal = port != null ? port
                : found.dockerfilePath() != null ? exposed(folder.resolve(found.dockerfilePath())) : DEFAULT_PORT;
        return new SourceDetection("application", strategy, found.reason(), internal, null);
    }

    /** The first EXPOSEd port of a Dockerfile, else {@link #DEFAULT_PORT}. */
    static int exposed(Path dockerfile) {
        try {
            Matcher m = EXPOSE.matcher(Files.readString(dockerfile));
            return m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_PORT;
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_PORT;
        }
    }

    /** The body of resources.create for this folder. */
    ObjectNode resourceBody(String projectId, String environmentId, String name, Path folder) {
        ObjectNode profile = ApiClient.object("strategy", "compose-stack".equals(kind) ? "docker-compose" : "auto",
                "dockerComposeFilePath", composeFile);
        return ApiClient.object("projectId", projectId, "environmentId", environmentId, "name", name,
                "kind", kind, "source", ApiClient.object("kind", "local-folder", "locator", folder.toString()),
                "runtimeProfile", profile, "networkProfile", ApiClient.object("internalPort", internalPort));
    }
}

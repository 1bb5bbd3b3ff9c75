package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.core.deployments.compose.ComposeFile;
import dev.appaloft.core.deployments.compose.ComposeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and checks a stack's compose file in a source: the profile's {@code dockerComposeFilePath},
 * else the names the Compose CLI itself looks for. The file is parsed only to validate it and
 * to know its services; the Compose CLI runs it.
 */
final class ComposeDetection {

    /** The names {@code docker compose} tries, in its order. */
    static final List<String> DEFAULT_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private ComposeDetection() {
    }

    record Found(Path root, String file, ComposeFile compose, ComposeService target) {
    }

    static Found find(Path root, RuntimeProfile profile, String targetService) {
        String named = profile == null ? null : profile.dockerComposeFilePath();
        String file = named != null ? named : DEFAULT_FILES.stream()
                .filter(f -> Files.isRegularFile(root.resolve(f))).findFirst()
                .orElseThrow(() -> SourceErrors.fail(SourceErrors.STRATEGY_NOT_DETECTED, "no compose file found: "
                        + "looked for " + String.join(", ", DEFAULT_FILES) + " at the source's root; set "
                        + "runtimeProfile.dockerComposeFilePath"));
        Path path = SourcePaths.inside(root, file, false, "dockerComposeFilePath");
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, "the compose file " + file + " cannot be read: "
                    + e.getMessage());
        }
        ComposeFile compose = ComposeFile.parse(text, "runtimeProfile.dockerComposeFilePath");
        // relative paths in the file (build contexts, env files) resolve from the file's own folder
        Path folder = path.getParent();
        return new Found(folder, path.getFileName().toString(), compose, compose.target(targetService));
    }
}

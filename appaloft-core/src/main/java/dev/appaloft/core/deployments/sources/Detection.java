package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.resources.RuntimeProfile;
import java.util.List;

/**
 * How a source will be built, and why.
 *
 * @param strategy dockerfile, static or workspace-commands
 * @param reason what decided it, for the deployment log and plan summary
 * @param runtimeFamily the spec's runtime family ({@code node}, {@code static}, {@code custom}, ...) or null
 * @param packageManager the spec's package manager ({@code npm}, ...) or null
 * @param detectedFiles the spec's detected-file keys ({@code dockerfile}, {@code package-json}, ...)
 * @param detectedScripts package.json scripts among the spec's known names
 * @param dockerfilePath the Dockerfile, relative to the source root (dockerfile strategy)
 * @param publishDirectory the folder to serve, relative to the source root (static strategy)
 */
public record Detection(RuntimeProfile.Strategy strategy, String reason, String runtimeFamily, String packageManager,
                        List<String> detectedFiles, List<String> detectedScripts, String dockerfilePath,
                        String publishDirectory, String installCommand, String buildCommand, String startCommand) {

    public Detection {
        detectedFiles = List.copyOf(detectedFiles);
        detectedScripts = List.copyOf(detectedScripts);
    }
}

package dev.appaloft.core.deployments.sources;

import java.util.List;

/**
 * What reading a deployment's source found, stored on the deployment and shown by
 * {@code deployments.show}.
 *
 * @param buildStrategy the spec's build strategy: {@code dockerfile}, {@code static-artifact} or
 *     {@code workspace-commands}
 * @param commitSha the commit built, for git sources
 * @param contextDirectory the folder sent to the image builder (removed when the deployment
 *     ends, unless it is the user's own folder)
 * @param dockerfilePath the Dockerfile, relative to the context
 * @param applicationShape the spec's application shape
 * @param summary one line saying what will be built and why
 * @param composeTarget the service the proxy routes to, for a compose stack (else null)
 */
public record SourceResolution(String buildStrategy, String commitSha, String contextDirectory, String dockerfilePath,
                               String runtimeFamily, String packageManager, String applicationShape,
                               List<String> detectedFiles, List<String> detectedScripts, String installCommand,
                               String buildCommand, String startCommand, String publishDirectory, String summary,
                               String composeTarget) {

    public SourceResolution {
        detectedFiles = detectedFiles == null ? List.of() : List.copyOf(detectedFiles);
        detectedScripts = detectedScripts == null ? List.of() : List.copyOf(detectedScripts);
    }
}

package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.SourceBinding;
import java.util.List;
import java.util.Map;

/** What a deployment decided to do, fixed when it was admitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimePlanView(
        String id,
        Source source,
        String buildStrategy,
        String packagingMode,
        Artifact runtimeArtifact,
        Execution execution,
        Target target,
        String detectSummary,
        List<String> steps,
        String generatedAt) {

    /** Where the code came from; {@code inspection} is what reading it found (absent until then). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(SourceBinding.Kind kind, String locator, String displayName, Inspection inspection) {
    }

    /** The spec's names: runtime family, package manager, application shape, detected-file keys. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Inspection(String runtimeFamily, String packageManager, String applicationShape,
                             List<String> detectedFiles, List<String> detectedScripts, String dockerfilePath) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Artifact(String kind, String intent, String image, String composeFile) {

        public Artifact(String kind, String intent, String image) {
            this(kind, intent, image, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param metadata what the deployment produced: {@code containerName}, {@code publishedPort} and
     *                 {@code url} (where the app answers) once known
     */
    public record Execution(String kind, String workingDirectory, String installCommand, String buildCommand,
                            String startCommand, Long port, String image, String dockerfilePath,
                            HealthCheck healthCheck, List<AccessRoute> accessRoutes, Map<String, String> metadata) {
    }

    /** A route through the server's edge proxy to the app. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccessRoute(String proxyKind, List<String> domains, String pathPrefix, String tlsMode, Long targetPort) {
    }

    public record Target(String kind, String providerKey, List<String> serverIds) {
    }
}

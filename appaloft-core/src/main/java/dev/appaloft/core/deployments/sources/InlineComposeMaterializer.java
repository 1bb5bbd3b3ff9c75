package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A compose file given as text, in the source's {@code metadata.content} (as an inline Dockerfile
 * is): written as {@value #FILE} into a fresh folder, the project folder of the stack.
 */
final class InlineComposeMaterializer implements SourceMaterializer {

    static final String FILE = "docker-compose.yml";

    /** The inline compose file's text, or null when the binding has none. */
    static String content(SourceBinding source) {
        return InlineDockerfileMaterializer.content(source);
    }

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        String content = content(source);
        if (content == null) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE,
                    "the docker-compose-inline source has no metadata.content");
        }
        try {
            Files.createDirectories(into);
            Files.writeString(into.resolve(FILE), content.endsWith("\n") ? content : content + "\n");
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not write the inline compose file: "
                    + e.getMessage(), e);
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "wrote the inline compose file ("
                + content.lines().count() + " lines) into a fresh project folder");
        return new Workspace(into, true, null);
    }
}

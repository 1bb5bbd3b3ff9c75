package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Dockerfile given as text, in the source's {@code metadata.content} (where the original keeps
 * it): written as the only file of a fresh build context.
 */
final class InlineDockerfileMaterializer implements SourceMaterializer {

    static final String CONTENT_KEY = "content";

    /** The inline Dockerfile's text, or null when the binding has none. */
    static String content(SourceBinding source) {
        Object content = source.metadata() == null ? null : source.metadata().get(CONTENT_KEY);
        return content instanceof String text && !text.isBlank() ? text : null;
    }

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        String content = content(source);
        if (content == null) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "the dockerfile-inline source has no metadata.content");
        }
        try {
            Files.createDirectories(into);
            Files.writeString(into.resolve("Dockerfile"), content.endsWith("\n") ? content : content + "\n");
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not write the inline Dockerfile: "
                    + e.getMessage(), e);
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "wrote the inline Dockerfile ("
                + content.lines().count() + " lines) into a fresh build context");
        return new Workspace(into, true, null);
    }
}

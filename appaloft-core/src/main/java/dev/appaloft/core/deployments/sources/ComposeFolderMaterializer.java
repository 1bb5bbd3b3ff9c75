package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code compose} source: a compose file on this host, or the folder holding one, used in place
 * (its {@code build:} contexts and relative paths are next to it).
 */
final class ComposeFolderMaterializer implements SourceMaterializer {

    /** The file a locator names directly, or null when it names a folder. */
    static String fileNamed(SourceBinding source) {
        Path path = SourcePaths.localPath(source.locator());
        return Files.isRegularFile(path) ? path.getFileName().toString() : null;
    }

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        Path path = SourcePaths.localPath(source.locator());
        Path folder = Files.isRegularFile(path) ? path.getParent() : path;
        if (folder == null || !Files.isDirectory(folder)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "there is no compose file or folder at " + path);
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "reading the compose project in " + folder + " in place");
        return new Workspace(folder, false, null);
    }
}

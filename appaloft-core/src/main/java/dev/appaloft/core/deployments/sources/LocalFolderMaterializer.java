package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder on this host, used in place: nothing is copied unless a generated build needs to write. */
final class LocalFolderMaterializer implements SourceMaterializer {

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        Path folder = SourcePaths.localPath(source.locator());
        if (!Files.isDirectory(folder)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "there is no folder at " + folder);
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "reading the local folder " + folder + " in place");
        return new Workspace(folder, false, null);
    }
}

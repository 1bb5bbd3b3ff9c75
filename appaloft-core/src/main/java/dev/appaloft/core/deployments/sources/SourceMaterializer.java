package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.nio.file.Path;

/** Makes one family of sources readable on this host: a folder, a git checkout, an archive, an inline file. */
interface SourceMaterializer {

    /**
     * @param into an empty folder that belongs to this deployment (and is removed when it ends)
     * @return the source's root folder; its {@code baseDirectory} is applied by the caller
     * @throws dev.appaloft.api.error.AppaloftException with a {@link SourceErrors} code
     */
    Workspace materialize(SourceBinding source, Path into, RuntimeLog log);
}

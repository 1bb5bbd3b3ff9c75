package dev.appaloft.core.deployments.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build of a {@code workspace-commands} resource: the workspace copied onto the workspace
 * image, the install and build commands run at build time (their output is the build's output,
 * in the deployment log), the start command as the container's command. {@code PORT} is set to
 * the resource's internal port, as it is again when the container starts.
 */
final class WorkspaceCommandsContext {

    static final String WORKDIR = "/workspace";

    private WorkspaceCommandsContext() {
    }

    static BuildContext generate(Workspace workspace, Detection detection, String workspaceImage, long port,
                                 Path scratch) {
        Path context = writable(workspace, scratch);
        List<String> lines = new ArrayList<>();
        lines.add("FROM " + workspaceImage);
        lines.add("WORKDIR " + WORKDIR);
        lines.add("COPY . " + WORKDIR);
        lines.add("ENV PORT=" + port);
        run(lines, detection);
        lines.add("EXPOSE " + port);
        lines.add("CMD " + Dockerfiles.start(detection.startCommand()));
        Dockerfiles.write(context.resolve(Dockerfiles.GENERATED), lines);
        return new BuildContext(context, Dockerfiles.GENERATED);
    }

    static void run(List<String> lines, Detection detection) {
        if (detection.installCommand() != null) {
            lines.add("RUN " + Dockerfiles.shell(detection.installCommand()));
        }
        if (detection.buildCommand() != null) {
            lines.add("RUN " + Dockerfiles.shell(detection.buildCommand()));
        }
    }

    /**
     * A folder the generated Dockerfile may be written into: the workspace itself when it is this
     * deployment's copy, else a copy of it (a user's own folder is never written to).
     */
    static Path writable(Workspace workspace, Path scratch) {
        if (workspace.owned()) {
            return workspace.root();
        }
        Path copy = scratch.resolve("context");
        SourcePaths.copyTree(workspace.root(), copy);
        return copy;
    }
}

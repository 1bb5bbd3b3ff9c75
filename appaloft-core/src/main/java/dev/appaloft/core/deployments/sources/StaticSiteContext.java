package dev.appaloft.core.deployments.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build of a {@code static} resource: the publish folder served by busybox {@code httpd} from
 * the static server image, on the resource's internal port. Without install or build commands the
 * context holds only the publish folder (nothing else of the source reaches the image); with them,
 * a first stage runs the commands on the workspace image and the site is copied from its output.
 */
final class StaticSiteContext {

    private StaticSiteContext() {
    }

    static BuildContext generate(Workspace workspace, Detection detection, String staticImage, String workspaceImage,
                                 long port, Path scratch) {
        String publish = Dockerfiles.relativeFolder(detection.publishDirectory());
        boolean builds = detection.installCommand() != null || detection.buildCommand() != null;
        List<String> serve = List.of(
                "EXPOSE " + port,
                "CMD " + Dockerfiles.exec(List.of("httpd", "-f", "-p", String.valueOf(port), "-h", "/www")));
        List<String> lines = new ArrayList<>();
        if (!builds) {
            // the folder must exist now: nothing will generate it
            Path site = SourcePaths.inside(workspace.root(), publish, true, "publishDirectory");
            Path context = scratch.resolve("static-context");
            SourcePaths.copyTree(site, context.resolve("site"));
            lines.add("FROM " + staticImage);
            lines.add("COPY " + Dockerfiles.exec(List.of("site/", "/www/")));
            lines.addAll(serve);
            Dockerfiles.write(context.resolve("Dockerfile"), lines);
            return new BuildContext(context, "Dockerfile");
        }
        Path context = WorkspaceCommandsContext.writable(workspace, scratch);
        lines.add("FROM " + workspaceImage + " AS build");
        lines.add("WORKDIR /workspace");
        lines.add("COPY . /workspace");
        WorkspaceCommandsContext.run(lines, detection);
        lines.add("FROM " + staticImage);
        lines.add("COPY --from=build " + Dockerfiles.exec(List.of(
                publish.equals(".") ? "/workspace/" : "/workspace/" + publish + "/", "/www/")));
        lines.addAll(serve);
        Dockerfiles.write(context.resolve(Dockerfiles.GENERATED), lines);
        return new BuildContext(context, Dockerfiles.GENERATED);
    }
}

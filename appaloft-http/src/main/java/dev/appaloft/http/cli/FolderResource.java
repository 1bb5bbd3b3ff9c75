package dev.appaloft.http.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which resource a command is about: {@code --resource ID}, else the one {@code up} remembered in {@code --dir}. */
final class FolderResource {

    @Option(names = "--resource", paramLabel = "ID", description = "The resource (default: the one `up` deployed from --dir).")
    String resource;

    @Option(names = "--dir", paramLabel = "DIR", description = "The folder `up` deployed (default: this one).")
    Path dir = Path.of(".");

    Path folder() {
        return dir.toAbsolutePath().normalize();
    }

    FolderConfig config(Target target) {
        return FolderConfig.read(folder(), target.key());
    }

    String resourceId(Target target) {
        if (resource != null) {
            return resource;
        }
        String id = config(target).resourceId();
        if (id == null) {
            throw new CliFailure(ExitCode.USAGE, "no resource: pass --resource ID, or run appaloft up in "
                    + folder() + " first");
        }
        return id;
    }
}

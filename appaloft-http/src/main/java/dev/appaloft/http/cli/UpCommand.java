package dev.appaloft.http.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code up [DIR]}: deploys a folder. Detects what it is, finds or creates its project, environment,
 * resource and target server (remembered in {@code DIR/.appaloft/config.json}), deploys it while showing
 * the phases and log lines live, and prints the URL it answers at.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Deploy a folder (a Dockerfile, a compose file or a static site) and print its URL.")
final class UpCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder (default: this one).")
    Path dir = Path.of(".");

    @Option(names = "--project", description = "Project name (default: the folder's name).")
    String project;

    @Option(names = "--environment", defaultValue = "production", description = "Environment name (default: ${DEFAULT-VALUE}).")
    String environment;

    @Option(names = "--name", description = "Resource name (default: the folder's name).")
    String name;

    @Option(names = "--port", description = "The port the app listens on (default: the Dockerfile's EXPOSE, else 8080).")
    Integer port;

    @Option(names = "--target-server", paramLabel = "ID", description = "Server to deploy to (default: the remembered one, else this host).")
    String targetServer;

    Path folder() {
        return dir.toAbsolutePath().normalize();
    }

    @Override
    List<Path> sourceRoots() {
        return List.of(folder());
    }

    private SourceDetection detection;

    @Override
    void validate() {
        detection = SourceDetection.of(folder(), port);
    }

    @Override
    int run(Target target, Output out) {
        Path folder = folder();
        String defaultName = FolderTargets.nameOf(folder);
        out.progress("deploying " + folder + " as " + detection.strategy() + " (" + detection.reason() + ") to "
                + (target.embedded() ? "the embedded server" : target.api().baseUrl()));
        FolderTargets targets = new FolderTargets(target.api(), folder, FolderConfig.read(folder, target.key()), out);
        targets.project(project == null ? defaultName : project);
        targets.environment(environment);
        targets.resource(name == null ? defaultName : name, detection);
        targets.server(targetServer);
        FolderConfig c = targets.config();
        ProgressDisplay display = new ProgressDisplay(err(), System.console() != null, out.json());
        DeploymentRun.Outcome outcome = DeploymentRun.stream(target.api(), ApiClient.object("projectId", c.projectId(),
                "environmentId", c.environmentId(), "resourceId", c.resourceId(), "serverId", c.serverId()), out, display);
        targets.deployment(outcome.deploymentId());
        return DeploymentRun.report(outcome, out);
    }
}

package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deploy}: a new deployment of an existing resource, shown live (deployments.createStream). */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy an existing resource again from its source, showing the phases live.")
final class DeployCommand extends CliCommand {

    @Mixin
    FolderResource which;

    @Option(names = "--target-server", paramLabel = "ID", description = "Server to deploy to (default: the remembered one, else its latest deployment's).")
    String targetServer;

    @Override
    List<Path> sourceRoots() {
        return List.of(which.folder());
    }

    @Override
    int run(Target target, Output out) {
        String resourceId = which.resourceId(target);
        JsonNode resource = target.api().get("/api/resources/" + ApiClient.segment(resourceId));
        String server = targetServer != null ? targetServer : which.resource == null ? which.config(target).serverId() : null;
        if (server == null) {
            server = text(resource, "/latestDeployment/serverId");
        }
        if (server == null) {
            for (JsonNode d : target.api().get(ApiClient.query("/api/deployments", "resourceId", resourceId, "limit", 1))
                    .path("items")) {
                server = d.path("serverId").asText(null);
            }
        }
        if (server == null) {
            throw new CliFailure(ExitCode.USAGE, "resource " + resourceId + " was never deployed: pass --target-server ID");
        }
        ProgressDisplay display = new ProgressDisplay(err(), System.console() != null, out.json());
        DeploymentRun.Outcome outcome = DeploymentRun.stream(target.api(), ApiClient.object(
                "projectId", text(resource, "/resource/projectId"), "environmentId", text(resource, "/resource/environmentId"),
                "resourceId", resourceId, "serverId", server), out, display);
        return DeploymentRun.report(outcome, out);
    }
}

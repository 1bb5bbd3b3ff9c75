package dev.appaloft.http.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code redeploy}: deployments.redeploy (the resource's current profile, to its latest deployment's server). */
@Command(name = "redeploy", mixinStandardHelpOptions = true,
        description = "Redeploy a resource with its current settings to the server of its latest deployment.")
final class RedeployCommand extends CliCommand {

    @Mixin
    FolderResource which;

    @Override
    List<Path> sourceRoots() {
        return List.of(which.folder());
    }

    @Override
    int run(Target target, Output out) {
        String resourceId = which.resourceId(target);
        out.progress("redeploying " + resourceId + " ...");
        String id = target.api().post("/api/resources/" + ApiClient.segment(resourceId) + "/redeploy",
                ApiClient.object("resourceId", resourceId)).path("id").asText();
        ProgressDisplay display = new ProgressDisplay(err(), false, true);
        return DeploymentRun.report(DeploymentRun.outcome(target.api(), id, display, false), out);
    }
}

package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rollback}: deployments.rollback of the resource's latest deployment to an earlier successful one
 * ({@code --to ID}, default the newest succeeded deployment before the latest).
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Run an earlier successful deployment's image and variables again.")
final class RollbackCommand extends CliCommand {

    @Mixin
    FolderResource which;

    @Option(names = "--to", paramLabel = "DEPLOYMENT", description = "The deployment to go back to (default: the previous successful one).")
    String to;

    @Override
    int run(Target target, Output out) {
        String resourceId = which.resourceId(target);
        JsonNode items = target.api().get(ApiClient.query("/api/deployments", "resourceId", resourceId, "limit", 50))
                .path("items");
        if (items.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "resource " + resourceId + " has no deployments to roll back");
        }
        String latest = items.get(0).path("id").asText();
        String candidate = to;
        for (int i = 1; candidate == null && i < items.size(); i++) {
            if ("succeeded".equals(items.get(i).path("status").asText())) {
                candidate = items.get(i).path("id").asText();
            }
        }
        if (candidate == null) {
            throw new CliFailure(ExitCode.USAGE, "no earlier successful deployment of " + resourceId + " to roll back to");
        }
        out.progress("rolling back " + resourceId + " to " + candidate + " ...");
        String id = target.api().post("/api/deployments/" + ApiClient.segment(latest) + "/rollback",
                ApiClient.object("rollbackCandidateDeploymentId", candidate, "resourceId", resourceId)).path("id").asText();
        return DeploymentRun.report(DeploymentRun.outcome(target.api(), id, new ProgressDisplay(err(), false, true), false), out);
    }
}

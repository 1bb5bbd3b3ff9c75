package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code status}: the resource, its latest deployment and where it answers (resources.show, deployments.list). */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a resource's latest deployment and URL.")
final class StatusCommand extends CliCommand {

    @Mixin
    FolderResource which;

    @Override
    int run(Target target, Output out) {
        String resourceId = which.resourceId(target);
        JsonNode resource = target.api().get("/api/resources/" + ApiClient.segment(resourceId));
        JsonNode latest = null;
        for (JsonNode d : target.api().get(ApiClient.query("/api/deployments", "resourceId", resourceId, "limit", 1))
                .path("items")) {
            latest = d;
        }
        String url = DeploymentRun.url(resource);
        if (url == null && latest != null && "succeeded".equals(latest.path("status").asText())) {
            // no edge proxy (the embedded mode): the address the runtime published the app at
            url = text(target.api().get("/api/deployments/" + ApiClient.segment(latest.path("id").asText())),
                    "/deployment/runtimePlan/execution/metadata/url");
        }
        out.result(ApiClient.object("resourceId", resourceId, "name", text(resource, "/resource/name"), "url", url,
                "latestDeployment", latest == null ? null : ApiClient.object("id", latest.path("id").asText(),
                        "status", latest.path("status").asText(), "createdAt", latest.path("createdAt").asText(null),
                        "finishedAt", latest.path("finishedAt").asText(null))));
        out.line(text(resource, "/resource/name") + " (" + resourceId + ")");
        out.line("  deployment: " + (latest == null ? "none yet"
                : latest.path("id").asText() + " " + latest.path("status").asText()
                + (latest.hasNonNull("finishedAt") ? " at " + latest.path("finishedAt").asText() : "")));
        out.line("  url:        " + (url == null ? "none" : url));
        return ExitCode.OK;
    }
}

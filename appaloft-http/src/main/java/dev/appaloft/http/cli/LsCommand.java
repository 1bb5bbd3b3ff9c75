package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ls [projects|resources|deployments]}: projects.list, resources.list, deployments.list as tables. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "List projects, resources or deployments.")
final class LsCommand extends CliCommand {

    enum What { projects, resources, deployments }

    @Parameters(index = "0", arity = "0..1", defaultValue = "resources", paramLabel = "WHAT",
            description = "projects, resources or deployments (default: ${DEFAULT-VALUE}).")
    What what;

    @Option(names = "--project", paramLabel = "ID", description = "Only this project's.")
    String project;

    @Option(names = "--resource", paramLabel = "ID", description = "Only this resource's deployments.")
    String resource;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Override
    int run(Target target, Output out) {
        JsonNode list = switch (what) {
            case projects -> target.api().get(ApiClient.query("/api/projects", "limit", limit));
            case resources -> target.api().get(ApiClient.query("/api/resources", "projectId", project, "limit", limit));
            case deployments -> target.api().get(ApiClient.query("/api/deployments", "projectId", project,
                    "resourceId", resource, "limit", limit));
        };
        out.result(list);
        Table table = switch (what) {
            case projects -> new Table("ID", "NAME", "CREATED");
            case resources -> new Table("ID", "NAME", "KIND", "PROJECT", "URL");
            case deployments -> new Table("ID", "STATUS", "RESOURCE", "CREATED");
        };
        for (JsonNode item : list.path("items")) {
            switch (what) {
                case projects -> table.row(item.path("id").asText(), item.path("name").asText(), item.path("createdAt").asText(""));
                case resources -> table.row(item.path("id").asText(), item.path("name").asText(), item.path("kind").asText(""),
                        item.path("projectId").asText(""), DeploymentRun.url(item) == null ? "" : DeploymentRun.url(item));
                case deployments -> table.row(item.path("id").asText(), item.path("status").asText(),
                        item.path("resourceId").asText(""), item.path("createdAt").asText(""));
            }
        }
        table.lines().forEach(out::line);
        return ExitCode.OK;
    }
}

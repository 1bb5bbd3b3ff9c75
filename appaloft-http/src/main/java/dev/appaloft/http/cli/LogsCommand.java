package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code logs}: the app's own output (resources.logs; {@code -f} follows resources.logsStream until
 * Ctrl-C or the app stops), or with {@code --deployment} a deployment's log (deployments.logs).
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Show the app's output (-f: follow it), or a deployment's log with --deployment.")
final class LogsCommand extends CliCommand {

    @Mixin
    FolderResource which;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until Ctrl-C.")
    boolean follow;

    @Option(names = {"-n", "--lines"}, defaultValue = "100", description = "How many past lines (default: ${DEFAULT-VALUE}, at most 1000).")
    int lines;

    @Option(names = "--deployment", arity = "0..1", fallbackValue = "latest", paramLabel = "ID",
            description = "A deployment's log instead (default ID: the latest deployment).")
    String deployment;

    @Override
    int run(Target target, Output out) {
        if (deployment != null) {
            return deploymentLog(target, out);
        }
        String resourceId = which.resourceId(target);
        String base = "/api/resources/" + ApiClient.segment(resourceId) + "/runtime-logs";
        if (!follow) {
            JsonNode logs = target.api().get(ApiClient.query(base, "tailLines", lines));
            out.result(logs);
            logs.path("logs").forEach(l -> out.line(l.path("message").asText()));
            return ExitCode.OK;
        }
        target.api().stream("GET", ApiClient.query(base + "/stream", "tailLines", lines), null, event -> {
            JsonNode data = event.data();
            if ("error".equals(event.name())) {
                throw new CliFailure(ExitCode.SERVER_ERROR, "the log stream failed: " + data.path("message").asText());
            }
            String kind = data.path("kind").asText("line");
            if ("closed".equals(kind)) {
                return false;
            }
            JsonNode line = data.path("line");
            if (!line.isMissingNode()) {
                if (out.json()) {
                    // one JSON object per line while following (a stream has no single document)
                    out.jsonLine(line);
                } else {
                    out.line(line.path("message").asText());
                }
            }
            return true;
        });
        return ExitCode.OK;
    }

    private int deploymentLog(Target target, Output out) {
        String id = deployment;
        if ("latest".equals(id)) {
            id = which.resource == null ? which.config(target).lastDeploymentId() : null;
            if (id == null) {
                for (JsonNode d : target.api().get(ApiClient.query("/api/deployments", "resourceId",
                        which.resourceId(target), "limit", 1)).path("items")) {
                    id = d.path("id").asText();
                }
            }
            if (id == null) {
                throw new CliFailure(ExitCode.NOT_FOUND, "the resource has no deployments yet");
            }
        }
        JsonNode logs = target.api().get(ApiClient.query("/api/deployments/" + ApiClient.segment(id) + "/logs"));
        out.result(logs);
        ArrayNode all = (ArrayNode) logs.path("logs");
        int from = Math.max(0, all.size() - lines);
        for (int i = from; i < all.size(); i++) {
            JsonNode l = all.get(i);
            out.line((l.hasNonNull("phase") ? l.path("phase").asText() + ": " : "") + l.path("message").asText());
        }
        return ExitCode.OK;
    }
}

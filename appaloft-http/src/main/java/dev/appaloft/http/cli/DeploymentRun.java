package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Runs a deployment through {@code deployments.createStream} and shows it as it happens, then reads its
 * outcome ({@code deployments.show}) and where the resource answers ({@code resources.show}). A failed
 * deployment is reported with its phase, error code and last log lines.
 */
final class DeploymentRun {

    record Outcome(String deploymentId, String status, String url, JsonNode detail, List<String> lastLines,
                   boolean canceledByUser) {

        boolean succeeded() {
            return "succeeded".equals(status);
        }
    }

    private DeploymentRun() {
    }

    static Outcome stream(ApiClient api, ObjectNode body, Output out, ProgressDisplay display) {
        String[] id = new String[1];
        try (CancelOnInterrupt guard = new CancelOnInterrupt(deployment -> cancel(api, deployment, out, display),
                display::pause, out.json() ? null : System.console())) {
            api.stream("POST", "/api/deployments/stream", body, event -> {
                JsonNode data = event.data();
                if ("done".equals(event.name())) {
                    id[0] = data.path("id").asText(id[0]);
                    return false;
                }
                if ("error".equals(event.name())) {
                    throw new CliFailure(ExitCode.SERVER_ERROR, data.path("code").asText(null),
                            "the deployment stream failed: " + data.path("message").asText(data.toString()));
                }
                String deployment = data.path("deploymentId").asText(null);
                if (deployment != null && id[0] == null) {
                    id[0] = deployment;
                    guard.deployment(deployment);
                    out.progress("deployment " + deployment);
                }
                display.line(data.path("phase").asText(null), data.path("message").asText(""));
                return true;
            });
            if (id[0] == null) {
                throw new CliFailure(ExitCode.SERVER_ERROR, "the server ended the deployment stream without a deployment");
            }
            return outcome(api, id[0], display, guard.canceled());
        }
    }

    /** The outcome of a deployment that has ended. */
    static Outcome outcome(ApiClient api, String deploymentId, ProgressDisplay display, boolean canceledByUser) {
        JsonNode detail = api.get("/api/deployments/" + ApiClient.segment(deploymentId));
        String status = detail.at("/status/current").asText("unknown");
        display.endPhase("succeeded".equals(status));
        display.pause();
        String url = null;
        String resourceId = detail.at("/deployment/resourceId").asText(null);
        if ("succeeded".equals(status) && resourceId != null) {
            url = url(api.get("/api/resources/" + ApiClient.segment(resourceId)));
            if (url == null) {
                // no edge proxy (the embedded mode): the address the runtime published the app at
                url = CliCommand.text(detail, "/deployment/runtimePlan/execution/metadata/url");
            }
        }
        return new Outcome(deploymentId, status, url, detail, display.lastLines(), canceledByUser);
    }

    /** Where a resource answers: its custom domain, else its generated route. */
    static String url(JsonNode resource) {
        JsonNode access = resource.path("accessSummary");
        for (String route : List.of("latestGeneratedAccessRoute", "latestDurableDomainRoute")) {
            String url = access.at("/" + route + "/url").asText(null);
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        return null;
    }

    /** Prints the outcome for people (or the JSON document) and answers the exit code. */
    static int report(Outcome o, Output out) {
        JsonNode failure = o.detail().path("latestFailure");
        String phase = failure.path("phase").asText(null);
        String message = failure.path("message").asText(null);
        String code = null;
        if (message != null && message.matches("^[a-z0-9_]+: [\\s\\S]*")) {
            code = message.substring(0, message.indexOf(':'));
            message = message.substring(code.length() + 2);
        }
        int exit = o.succeeded() ? ExitCode.OK : o.canceledByUser() ? ExitCode.INTERRUPTED : ExitCode.DEPLOYMENT_FAILED;
        out.result(ApiClient.object("deploymentId", o.deploymentId(), "status", o.status(), "url", o.url(),
                "resourceId", o.detail().at("/deployment/resourceId").asText(null),
                "failure", failure.isMissingNode() ? null : ApiClient.object("phase", phase, "code", code, "message", message),
                "lastLines", o.succeeded() ? null : o.lastLines()));
        if (o.succeeded()) {
            out.line(o.url() == null ? "deployed " + o.deploymentId() + " (the resource has no URL)" : o.url());
        } else if (!out.json()) {
            out.progress("deployment " + o.deploymentId() + " " + o.status()
                    + (phase == null ? "" : " in phase " + phase) + (code == null ? "" : " [" + code + "]")
                    + (message == null ? "" : ": " + message));
            if (!o.lastLines().isEmpty()) {
                out.progress("last lines:");
                o.lastLines().forEach(l -> out.progress("  " + l));
            }
        }
        return exit;
    }

    private static void cancel(ApiClient api, String deploymentId, Output out, ProgressDisplay display) {
        display.pause();
        out.progress("canceling " + deploymentId + " ...");
        try {
            api.post("/api/deployments/" + ApiClient.segment(deploymentId) + "/cancel",
                    ApiClient.object("confirm", deploymentId));
        } catch (CliFailure e) {
            // it may have ended meanwhile: the stream's end says how
            out.progress("cancel: " + e.getMessage());
        }
    }
}

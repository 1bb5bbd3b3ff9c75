package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code servers add|test}: servers.create and servers.testConnectivity. */
@Command(name = "servers", mixinStandardHelpOptions = true, description = "Register servers and test them.",
        subcommands = {ServersCommand.Add.class, ServersCommand.Test.class})
final class ServersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a server to deploy to.")
    static final class Add extends CliCommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--host", required = true, description = "Host name or address (localhost for this host).")
        String host;

        @Option(names = "--ssh-port", description = "SSH port (generic-ssh; default 22).")
        Long port;

        @Option(names = "--provider", defaultValue = "generic-ssh",
                description = "local-shell (this host's Docker) or generic-ssh (default: ${DEFAULT-VALUE}).")
        String provider;

        @Override
        int run(Target target, Output out) {
            JsonNode created = target.api().post("/api/servers", ApiClient.object("name", name, "host", host,
                    "providerKey", provider, "port", port));
            out.result(created);
            out.line(created.path("id").asText());
            return ExitCode.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Test that a server can be reached and deployed to.")
    static final class Test extends CliCommand {

        @Parameters(index = "0", paramLabel = "SERVER_ID")
        String serverId;

        @Override
        int run(Target target, Output out) {
            JsonNode result = target.api().post("/api/servers/" + ApiClient.segment(serverId) + "/connectivity-tests", null);
            out.result(result);
            String status = result.path("status").asText(result.path("overallStatus").asText("unknown"));
            out.line(serverId + ": " + status);
            for (JsonNode check : result.path("checks")) {
                out.line("  " + check.path("name").asText(check.path("kind").asText("check")) + ": "
                        + check.path("status").asText("") + (check.hasNonNull("message") ? " - " + check.path("message").asText() : ""));
            }
            return "failed".equals(status) || "unreachable".equals(status) ? ExitCode.DEPLOYMENT_FAILED : ExitCode.OK;
        }
    }
}

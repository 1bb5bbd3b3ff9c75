package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code domains add DOMAIN}: domainBindings.create for the resource, on its latest deployment's server. */
@Command(name = "domains", mixinStandardHelpOptions = true, description = "Bind domains to a resource.",
        subcommands = DomainsCommand.Add.class)
final class DomainsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Serve a resource at a domain name.")
    static final class Add extends CliCommand {

        @Mixin
        FolderResource which;

        @Parameters(index = "0", paramLabel = "DOMAIN")
        String domain;

        @Option(names = "--path-prefix", defaultValue = "/")
        String pathPrefix;

        @Option(names = "--tls", defaultValue = "auto", description = "auto (a managed certificate) or disabled (default: ${DEFAULT-VALUE}).")
        String tls;

        @Override
        int run(Target target, Output out) {
            String resourceId = which.resourceId(target);
            JsonNode latest = null;
            for (JsonNode d : target.api().get(ApiClient.query("/api/deployments", "resourceId", resourceId, "limit", 1))
                    .path("items")) {
                latest = d;
            }
            if (latest == null) {
                throw new CliFailure(ExitCode.USAGE, "deploy resource " + resourceId + " first: a domain is served by its server");
            }
            JsonNode created = target.api().post("/api/domain-bindings", ApiClient.object(
                    "projectId", latest.path("projectId").asText(), "environmentId", latest.path("environmentId").asText(),
                    "resourceId", resourceId, "serverId", latest.path("serverId").asText(),
                    "destinationId", latest.path("destinationId").asText(null), "domainName", domain,
                    "pathPrefix", pathPrefix, "proxyKind", "caddy", "tlsMode", tls));
            out.result(created);
            out.line(domain + " -> " + resourceId + " (" + created.path("id").asText() + ")");
            return ExitCode.OK;
        }
    }
}

package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code env set|unset}: resources.setVariable / resources.unsetVariable. A secret's value is never an
 * argument (argv is visible to every user of the machine): it is read from stdin, without echo on a
 * terminal, and it is never printed back.
 */
@Command(name = "env", mixinStandardHelpOptions = true, description = "Set or unset a resource's variables.",
        subcommands = {EnvCommand.Set.class, EnvCommand.Unset.class})
final class EnvCommand {

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set KEY=VALUE, or with --secret set KEY to a value read from stdin.")
    static final class Set extends CliCommand {

        @Mixin
        FolderResource which;

        @Parameters(index = "0", paramLabel = "KEY[=VALUE]")
        String assignment;

        @Option(names = "--secret", description = "A secret: the value comes from stdin, is stored sealed and shown masked.")
        boolean secret;

        @Option(names = "--build-time", description = "Available while building instead of at run time.")
        boolean buildTime;

        @Override
        void validate() {
            int eq = assignment.indexOf('=');
            String key = eq < 0 ? assignment : assignment.substring(0, eq);
            if (secret && eq >= 0) {
                throw new CliFailure(ExitCode.USAGE, "a secret's value is read from stdin, not given on the command"
                        + " line (others can read arguments): appaloft env set --secret " + key + " < file");
            }
            if (!secret && eq < 0) {
                throw new CliFailure(ExitCode.USAGE, "give KEY=VALUE (or --secret KEY with the value on stdin)");
            }
            if (key.isBlank()) {
                throw new CliFailure(ExitCode.USAGE, "the variable needs a name: KEY=VALUE");
            }
        }

        @Override
        int run(Target target, Output out) throws IOException {
            String resourceId = which.resourceId(target);
            int eq = assignment.indexOf('=');
            String key = eq < 0 ? assignment : assignment.substring(0, eq);
            String value = secret ? readSecret(key) : assignment.substring(eq + 1);
            JsonNode result = target.api().post("/api/resources/" + ApiClient.segment(resourceId) + "/variables",
                    ApiClient.object("key", key, "value", value, "kind", secret ? "secret" : "plain-config",
                            "exposure", buildTime ? "build-time" : "runtime", "isSecret", secret));
            out.result(ApiClient.object("resourceId", resourceId, "key", key, "secret", secret,
                    "id", result.path("id").asText(null)));
            out.line("set " + key + (secret ? " (secret)" : "") + " on " + resourceId + "; redeploy to apply");
            return ExitCode.OK;
        }

        private static String readSecret(String key) throws IOException {
            java.io.Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("value of %s (not shown): ", key);
                if (typed == null) {
                    throw new CliFailure(ExitCode.USAGE, "no value read for " + key);
                }
                return new String(typed);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.append(buffer, 0, n);
            }
            // a trailing newline from echo or a file is not part of the value
            String value = all.toString().replaceFirst("\\r?\\n$", "");
            if (value.isEmpty()) {
                throw new CliFailure(ExitCode.USAGE, "no value on stdin for " + key);
            }
            return value;
        }
    }

    @Command(name = "unset", mixinStandardHelpOptions = true, description = "Remove a variable.")
    static final class Unset extends CliCommand {

        @Mixin
        FolderResource which;

        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Option(names = "--build-time", description = "The build-time variable of that name.")
        boolean buildTime;

        private String exposure() {
            return buildTime ? "build-time" : "runtime";
        }

        @Override
        int run(Target target, Output out) {
            String resourceId = which.resourceId(target);
            target.api().delete(ApiClient.query("/api/resources/" + ApiClient.segment(resourceId) + "/variables/"
                    + ApiClient.segment(key), "exposure", exposure()), ApiClient.object("exposure", exposure()));
            out.result(ApiClient.object("resourceId", resourceId, "key", key, "unset", true));
            out.line("unset " + key + " on " + resourceId);
            return ExitCode.OK;
        }
    }
}

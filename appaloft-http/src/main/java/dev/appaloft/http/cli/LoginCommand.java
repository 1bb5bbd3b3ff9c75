package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code login URL}: checks a token against the server (organizations.currentContext) and saves both,
 * readable by the owner only. The token comes from {@code --token}/APPALOFT_TOKEN or stdin (without
 * echo on a terminal); it is never printed. {@code --logout} forgets the saved login.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Save a server URL and token (an admin token, session or deploy token) for later commands.")
final class LoginCommand implements Callable<Integer> {

    @Mixin
    CliOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "URL", description = "The server (or --server).")
    String url;

    @Option(names = "--logout", description = "Forget the saved login instead.")
    boolean logout;

    LoginStore logins() {
        return LoginStore.forUser(System.getenv(), System.getProperty("user.home"));
    }

    @Override
    public Integer call() throws IOException {
        Output out = new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), options.json);
        LoginStore store = logins();
        try {
            if (logout) {
                boolean removed = store.delete();
                out.result(ApiClient.object("loggedOut", removed));
                out.line(removed ? "logged out (removed " + store.file() + ")" : "no saved login");
                return ExitCode.OK;
            }
            String server = url != null ? url : options.server;
            if (server == null || server.isBlank()) {
                throw new CliFailure(ExitCode.USAGE, "name the server: appaloft login http://host:4310");
            }
            server = Target.normalize(server);
            String token = options.token != null ? options.token : readToken();
            ApiClient api = new ApiClient(server, token);
            String org = check(api);
            store.write(new LoginStore.Login(server, token));
            out.result(ApiClient.object("server", server, "organization", org, "file", store.file().toString()));
            out.line("logged in to " + server + (org.isEmpty() ? "" : " (" + org + ")") + "; saved in " + store.file());
            return ExitCode.OK;
        } catch (CliFailure e) {
            out.failure(e);
            return e.exitCode();
        }
    }

    /**
     * The token is checked with a read any credential may try: accepted, or refused for its role (403:
     * it authenticated, a deploy token say) is a login; 401 is not. Answers the organization when shown.
     */
    private static String check(ApiClient api) {
        try {
            JsonNode context = api.get("/api/organizations/current-context");
            return context.at("/organization/name").asText(context.at("/organizationId").asText(""));
        } catch (CliFailure e) {
            if (e.httpStatus() == 401) {
                throw e;
            }
        }
        try {
            api.get("/api/projects?limit=1");
        } catch (CliFailure e) {
            if (e.httpStatus() != 403) {
                throw e;
            }
        }
        return "";
    }

    private static String readToken() throws IOException {
        java.io.Console console = System.console();
        String token;
        if (console != null) {
            char[] typed = console.readPassword("token (not shown): ");
            token = typed == null ? null : new String(typed);
        } else {
            token = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (token == null || token.isBlank()) {
            throw new CliFailure(ExitCode.USAGE, "no token given (--token, APPALOFT_TOKEN or stdin)");
        }
        return token.strip();
    }
}

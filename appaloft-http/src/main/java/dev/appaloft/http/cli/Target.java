package dev.appaloft.http.cli;

import dev.appaloft.http.server.LocalServer;
import java.nio.file.Path;
import java.util.List;

/**
 * The server a command talks to: {@code --server} (or APPALOFT_SERVER) with {@code --token}, else the
 * saved login, else an embedded server on the data folder, started in this process for the command's
 * duration. {@link #key()} names it in folder configs.
 */
final class Target implements AutoCloseable {

    private final ApiClient api;
    private final String key;
    private final LocalServer embedded;

    private Target(ApiClient api, String key, LocalServer embedded) {
        this.api = api;
        this.key = key;
        this.embedded = embedded;
    }

    /** Where the options and the login point: a URL and token, or null for embedded. */
    static LoginStore.Login configured(CliOptions options, LoginStore logins) {
        if (options.server != null && !options.server.isBlank()) {
            String token = options.token;
            if (token == null) {
                token = logins.read().filter(l -> same(l.server(), options.server)).map(LoginStore.Login::token).orElse(null);
            }
            return new LoginStore.Login(options.server, token);
        }
        return logins.read().map(l -> new LoginStore.Login(l.server(), options.token != null ? options.token : l.token()))
                .orElse(null);
    }

    static Target open(CliOptions options, LoginStore logins, List<Path> sourceRoots) {
        LoginStore.Login login = configured(options, logins);
        if (login != null) {
            return new Target(new ApiClient(login.server(), login.token()), normalize(login.server()), null);
        }
        Path data = options.data.toAbsolutePath().normalize();
        // the embedded server logs little: warnings only, to stderr (set before logging first starts)
        System.setProperty("logback.configurationFile", "appaloft-cli-logback.xml");
        LocalServer server;
        try {
            server = LocalServer.start(data, sourceRoots);
        } catch (CliFailure e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "cannot start the embedded server on " + data + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return new Target(new ApiClient(server.baseUrl(), options.token != null ? options.token : server.adminToken()),
                "embedded:" + data, server);
    }

    ApiClient api() {
        return api;
    }

    String key() {
        return key;
    }

    boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    static String normalize(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}

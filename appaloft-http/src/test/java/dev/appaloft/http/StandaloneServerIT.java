package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as an operator runs it: first start, credentials, restart on the same data, SIGTERM. */
class StandaloneServerIT {

    static final Path JAR = Path.of("target", "appaloft-server.jar");

    @TempDir
    Path tmp;
    Path data;

    @org.junit.jupiter.api.BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void firstStartCreatesPrivateCredentialsAndDataSurvivesARestart() throws Exception {
        assertThat(JAR).exists();
        int port = freePort();
        Process first = start(port);
        try {
            waitForHealth(port);
            String token = Files.readString(data.resolve("admin-token")).strip();
            assertThat(token).matches("[0-9a-f]{64}");
            Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(data.resolve("admin-token"))).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(data.resolve("master.key"))).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(data)).containsOnly(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

            assertThat(send(port, "GET", "/api/projects", null, null).statusCode()).isEqualTo(401);
            assertThat(send(port, "POST", "/api/projects", token, "{\"name\":\"kept\"}").statusCode()).isEqualTo(201);
            // the same token is the Alien fleet admin on /v1
            HttpResponse<String> whoami = send(port, "GET", "/v1/whoami", token, null);
            assertThat(whoami.statusCode()).isEqualTo(200);
            assertThat(whoami.body()).contains("\"type\":\"admin\"");
            assertThat(send(port, "GET", "/health", null, null).body()).contains("healthy");
        } finally {
            stop(first);
        }

        Process second = start(port);
        try {
            waitForHealth(port);
            String token = Files.readString(data.resolve("admin-token")).strip();
            HttpResponse<String> list = send(port, "GET", "/api/projects", token, null);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"name\":\"kept\"");
        } finally {
            stop(second);
        }
        assertThat(Files.readString(tmp.resolve("server.log"))).contains("stopping").doesNotContain("ERROR");
    }

    /**
     * The first admin bootstraps, signs in and works with a session that survives a restart; the
     * admin token can be rotated (the old one stops working) or disabled by configuration.
     */
    @Test
    void aBootstrappedAdminSignsInAndTheAdminTokenCanBeRotatedOrDisabled() throws Exception {
        int port = freePort();
        Process first = start(port);
        String session;
        String oldToken;
        try {
            waitForHealth(port);
            oldToken = Files.readString(data.resolve("admin-token")).strip();
            assertThat(send(port, "GET", "/api/bootstrap/auth/status", null, null).body())
                    .contains("\"bootstrapRequired\":true");
            HttpResponse<String> admin = send(port, "POST", "/api/bootstrap/auth/first-admin", null,
                    "{\"email\":\"admin@example.com\",\"displayName\":\"Admin\"}");
            assertThat(admin.statusCode()).isEqualTo(201);
            String password = new com.fasterxml.jackson.databind.ObjectMapper().readTree(admin.body())
                    .get("generatedPassword").asText();
            HttpResponse<String> signedIn = send(port, "POST", "/api/auth/sign-in/email", null,
                    "{\"email\":\"admin@example.com\",\"password\":\"" + password + "\"}");
            assertThat(signedIn.statusCode()).isEqualTo(200);
            session = signedIn.headers().firstValue("set-auth-token").orElseThrow();
            assertThat(send(port, "POST", "/api/projects", session, "{\"name\":\"by session\"}").statusCode()).isEqualTo(201);
            assertThat(send(port, "POST", "/api/bootstrap/auth/first-admin", null,
                    "{\"email\":\"again@example.com\",\"displayName\":\"Again\"}").statusCode()).isEqualTo(404);
        } finally {
            stop(first);
        }

        Process rotated = start(port, List.of("--admin-token", "rotate"), Map.of());
        try {
            waitForHealth(port);
            String newToken = Files.readString(data.resolve("admin-token")).strip();
            assertThat(newToken).isNotEqualTo(oldToken).matches("[0-9a-f]{64}");
            assertThat(send(port, "GET", "/api/projects", oldToken, null).statusCode()).isEqualTo(401);
            assertThat(send(port, "GET", "/api/projects", newToken, null).statusCode()).isEqualTo(200);
            assertThat(send(port, "GET", "/api/projects", session, null).body()).as("the session outlives the restart")
                    .contains("by session");
        } finally {
            stop(rotated);
        }

        Process disabled = start(port, List.of("--admin-token", "disabled"), Map.of());
        try {
            waitForHealth(port);
            String token = Files.readString(data.resolve("admin-token")).strip();
            assertThat(send(port, "GET", "/api/projects", token, null).statusCode()).isEqualTo(401);
            assertThat(send(port, "GET", "/api/projects", session, null).statusCode()).isEqualTo(200);
            assertThat(send(port, "POST", "/api/auth/sign-out", session, null).statusCode()).isEqualTo(200);
            assertThat(send(port, "GET", "/api/projects", session, null).statusCode()).isEqualTo(401);
        } finally {
            stop(disabled);
        }
        assertThat(Files.readString(tmp.resolve("server.log"))).doesNotContain(session).doesNotContain("aplt_ses_");
    }

    /** Two servers on one PostgreSQL database see the same projects (the production set-up). */
    @Test
    void serversOnOnePostgresDatabaseShareTheirData() throws Exception {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        List<String> store = List.of("--store", "postgresql", "--database-url", db.jdbcUrl(), "--database-user", db.user());
        Map<String, String> env = db.password() == null ? Map.of() : Map.of("APPALOFT_DATABASE_PASSWORD", db.password());
        int first = freePort();
        int second = freePort();
        Process a = start(first, store, env);
        Process b = start(second, store, env);
        try {
            waitForHealth(first);
            waitForHealth(second);
            String token = Files.readString(data.resolve("admin-token")).strip();
            assertThat(send(first, "POST", "/api/projects", token, "{\"name\":\"shared\"}").statusCode()).isEqualTo(201);
            assertThat(send(second, "GET", "/api/projects", token, null).body()).contains("\"name\":\"shared\"");
            assertThat(send(second, "POST", "/api/projects", token, "{\"name\":\"shared\"}").statusCode()).isEqualTo(409);
            assertThat(send(second, "GET", "/api/readiness", null, null).body()).contains("\"store\":\"postgresql\"");
        } finally {
            stop(a);
            stop(b);
            PostgresServer.shared().dropDatabase(db);
        }
    }

    private Process start(int port) throws IOException {
        return start(port, List.of(), Map.of());
    }

    private Process start(int port, List<String> extra, Map<String, String> env) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", String.valueOf(port), "--data", data.toString(),
                "--proxy-port", "0")); // no edge proxy: these tests are about the API process
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("server.log").toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** SIGTERM, then the server must be gone within a few seconds. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
    }

    private void waitForHealth(int port) throws Exception {
        // a JVM start on a loaded 2-core machine took over 30 s once (two test JVMs and builds beside it)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(port, "GET", "/api/health", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not answer within 90 s: " + Files.readString(tmp.resolve("server.log")));
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

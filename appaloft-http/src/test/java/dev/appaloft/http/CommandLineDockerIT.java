package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as the {@code appaloft} command line, against the packaged jar serving (one server
 * process with Docker and the Caddy edge proxy for the class): {@code up} on a copy of samples/static-site
 * serves the page at its URL, a second {@code up} after a change reuses the resource and serves the new
 * content, Ctrl-C during {@code up} cancels and leaves the running app as it was, {@code logs -f} follows
 * the app's output, a bad token exits with the auth code and one clear line, {@code --json} parses.
 */
class CommandLineDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final Path JAR = Path.of("target", "appaloft-server.jar").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path tmp;
    static Process server;
    static String api;
    static String token;
    static Path site;
    static String resourceId;

    @BeforeAll
    static void startServer() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        int port = RunningAppDockerIT.freePort();
        int proxyPort = RunningAppDockerIT.freePort();
        server = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", String.valueOf(port),
                "--data", tmp.resolve("data").toString(), "--proxy-port", String.valueOf(proxyPort),
                "--proxy-https-port", "0", "--source-root", tmp.toString(), "--monitoring-interval-seconds", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile()).start();
        api = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(tmp.resolve("data/admin-token")) || !Files.readString(tmp.resolve("server.log")).contains("ready in")) {
            assertThat(System.nanoTime()).as("server ready: " + log()).isLessThan(deadline);
            assertThat(server.isAlive()).as(log()).isTrue();
            Thread.sleep(100);
        }
        token = Files.readString(tmp.resolve("data/admin-token")).strip();
        // the resource's name (and container names) carry the run id: other runs on this engine don't collide
        site = tmp.resolve("site-" + docker.runId());
        copy(Path.of("..", "samples", "static-site"), site);
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            if (resourceId != null) {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resourceId))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", resourceId))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        } finally {
            if (server != null) {
                server.destroy();
                assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void upServesTheFolderRedeploysAChangeCancelsOnCtrlCAndFollowsLogs() throws Exception {
        // first up: detected, created, deployed live, the URL printed (stdout is the URL alone)
        Run first = cli(List.of("up", site.toString()), null);
        assertThat(first.code).as(first.all()).isZero();
        assertThat(first.err).contains("as dockerfile (a Dockerfile)").contains("created resource site-")
                .contains("package: Step 1/").contains("verify: health probe");
        String url = first.out.strip();
        assertThat(url).startsWith("http://site-" + docker.runId() + "-production.localhost:");
        String page = Files.readString(site.resolve("www/index.html")).strip();
        assertThat(RunningAppDockerIT.body(RunningAppDockerIT.fetch(url))).isEqualTo(page);
        JsonNode config = JSON.readTree(site.resolve(".appaloft/config.json").toFile());
        resourceId = config.get("resourceId").asText();

        // a change (new page; httpd now logs requests) and a second up: same resource, new content
        Files.writeString(site.resolve("www/index.html"), "<p>second version</p>\n");
        Files.writeString(site.resolve("Dockerfile"), Files.readString(site.resolve("Dockerfile"))
                .replace("\"httpd\", \"-f\"", "\"httpd\", \"-f\", \"-v\""));
        Run second = cli(List.of("up", site.toString(), "--json"), null);
        assertThat(second.code).as(second.all()).isZero();
        JsonNode result = JSON.readTree(second.out);
        assertThat(result.get("status").asText()).isEqualTo("succeeded");
        assertThat(result.get("resourceId").asText()).as("the folder's resource is reused").isEqualTo(resourceId);
        assertThat(result.get("url").asText()).isEqualTo(url);
        assertThat(second.err).as("--json: nothing but the document, no progress").isEmpty();
        assertThat(RunningAppDockerIT.body(RunningAppDockerIT.fetch(url))).isEqualTo("<p>second version</p>");
        String secondDeployment = result.get("deploymentId").asText();

        // Ctrl-C during an up (no terminal to ask on: it cancels); the app that served keeps serving
        Files.writeString(site.resolve("Dockerfile"), Files.readString(site.resolve("Dockerfile"))
                .replace("COPY www /www", "COPY www /www\nRUN sleep 2"));
        Files.writeString(site.resolve("www/index.html"), "<p>never served</p>\n");
        Run canceled = cli(List.of("up", site.toString()), "RUN sleep 2");
        assertThat(canceled.code).as(canceled.all()).isEqualTo(130);
        assertThat(canceled.err).contains("canceling dep_").contains(" canceled");
        assertThat(RunningAppDockerIT.body(RunningAppDockerIT.fetch(url))).isEqualTo("<p>second version</p>");
        JsonNode deployments = JSON.readTree(cli(List.of("ls", "deployments", "--resource", resourceId, "--json"), null).out);
        assertThat(deployments.at("/items/0/status").asText()).isEqualTo("canceled");
        String canceledId = deployments.at("/items/0/id").asText();
        assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.deployment", canceledId)))
                .as("nothing half-made is left running").isEmpty();
        assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", resourceId))).hasSize(1);

        // status and ls --json parse and agree
        JsonNode status = JSON.readTree(cli(List.of("status", "--dir", site.toString(), "--json"), null).out);
        assertThat(status.get("url").asText()).isEqualTo(url);
        assertThat(status.at("/latestDeployment/id").asText()).isEqualTo(canceledId);
        JsonNode resources = JSON.readTree(cli(List.of("ls", "resources", "--json"), null).out);
        assertThat(resources.get("items").findValuesAsText("id")).containsOnlyOnce(resourceId);
        assertThat(secondDeployment).isNotEqualTo(canceledId);

        // logs -f: the requests the app serves, as they happen (stopped after a few lines)
        Process logs = start(List.of("logs", "-f", "-n", "0", "--dir", site.toString()));
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLines(logs, lines));
        reader.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lines.stream().filter(l -> l.contains("response:200")).count() < 3 && System.nanoTime() < deadline) {
                RunningAppDockerIT.fetch(url);
                Thread.sleep(300);
            }
        } finally {
            logs.destroy();
            logs.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(lines.stream().filter(l -> l.contains("response:200"))).as(String.join("\n", lines)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aBadTokenExitsWithTheAuthCodeAndOneClearLine() throws Exception {
        Run bad = cliAs(List.of("ls", "projects", "--server", api, "--token", "not-a-token"), Map.of());
        assertThat(bad.code).isEqualTo(3);
        assertThat(bad.err.strip()).startsWith("appaloft: not signed in or the token is not valid").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("not-a-token");
        Run badJson = cliAs(List.of("ls", "projects", "--server", api, "--token", "not-a-token", "--json"), Map.of());
        assertThat(badJson.code).isEqualTo(3);
        assertThat(JSON.readTree(badJson.out).at("/error/exitCode").asInt()).isEqualTo(3);

        // login checks the token (stdin), saves it owner-only; later commands need no --server
        Path config = tmp.resolve("login-config");
        Run refused = cliWithInput(List.of("login", api), "wrong\n", Map.of("APPALOFT_CONFIG_DIR", config.toString()));
        assertThat(refused.code).isEqualTo(3);
        assertThat(config.resolve("login.json")).doesNotExist();
        Run login = cliWithInput(List.of("login", api), token + "\n", Map.of("APPALOFT_CONFIG_DIR", config.toString()));
        assertThat(login.code).as(login.all()).isZero();
        assertThat(login.all()).doesNotContain(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve("login.json")))).isEqualTo("rw-------");
        Run projects = cliAs(List.of("ls", "projects", "--json"), Map.of("APPALOFT_CONFIG_DIR", config.toString()));
        assertThat(projects.code).as(projects.all()).isZero();
        assertThat(JSON.readTree(projects.out).has("items")).isTrue();

        // the distribution's launcher script runs the same jar
        ProcessBuilder script = new ProcessBuilder("sh", Path.of("src", "dist", "appaloft").toString(), "--version");
        script.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        Run version = finish(script.start(), null);
        assertThat(version.code).as(version.all()).isZero();
        assertThat(version.out).startsWith("appaloft ");
    }

    record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** The command line against this class's server (the admin token in APPALOFT_TOKEN); interrupts it once stderr shows {@code interruptAt}. */
    static Run cli(List<String> args, String interruptAt) throws Exception {
        return finish(start(args), interruptAt);
    }

    static Process start(List<String> args) throws IOException {
        ProcessBuilder builder = builder(args, Map.of("APPALOFT_SERVER", api, "APPALOFT_TOKEN", token));
        return builder.start();
    }

    static Run cliAs(List<String> args, Map<String, String> env) throws Exception {
        return finish(builder(args, env).start(), null);
    }

    static Run cliWithInput(List<String> args, String input, Map<String, String> env) throws Exception {
        Process p = builder(args, env).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return finish(p, null);
    }

    static ProcessBuilder builder(List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("APPALOFT_SERVER");
        builder.environment().remove("APPALOFT_TOKEN");
        // never the user's login, never the user's data folder
        builder.environment().put("APPALOFT_CONFIG_DIR", tmp.resolve("no-login").toString());
        builder.environment().put("APPALOFT_DATA", tmp.resolve("embedded-data").toString());
        builder.environment().putAll(env);
        return builder;
    }

    static Run finish(Process p, String interruptAt) throws Exception {
        StringBuilder err = new StringBuilder();
        Thread errors = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                boolean sent = false;
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (err) {
                        err.append(line).append('\n');
                    }
                    if (!sent && interruptAt != null && line.contains(interruptAt)) {
                        sent = true;
                        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the process ended
            }
        });
        errors.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        errors.join(10_000);
        synchronized (err) {
            return new Run(p.exitValue(), out, err.toString());
        }
    }

    static void readLines(Process p, List<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // stopped
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String log() {
        try {
            return Files.readString(tmp.resolve("server.log"));
        } catch (IOException e) {
            return "";
        }
    }
}

package dev.appaloft.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.store.memory.MemoryStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's static files: served at / and /console/, each with the strict CSP, nothing else reachable. */
class ConsoleServingTest {

    static final Path SOURCES = Path.of("src/main/resources/console");
    static TestHttpServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestHttpServer.serve(AppaloftEngine.builder().store(new MemoryStore()).build(), "t".repeat(64));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsServedAtTheRootWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/app.js\"></script>");
    }

    @Test
    void everyAssetThePageAndModulesNameIsServedWithItsTypeAndThePolicy() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCES)) {
            files = list.filter(p -> !p.getFileName().toString().equals("index.html")).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            HttpResponse<String> asset = get("/console/" + file.getFileName());
            assertThat(asset.statusCode()).as(file.toString()).isEqualTo(200);
            assertThat(asset.body()).isEqualTo(Files.readString(file));
            assertThat(asset.headers().firstValue("Content-Security-Policy")).isPresent();
            String name = file.getFileName().toString();
            String type = asset.headers().firstValue("Content-Type").orElseThrow();
            assertThat(type).startsWith(name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : "image/svg+xml");
        }
        // every module an import names exists (a typo would only show in a browser otherwise)
        Pattern imports = Pattern.compile("(?:from|import\\()\\s*'\\./([a-z0-9-]+\\.js)'");
        for (Path file : files) {
            Matcher m = imports.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(SOURCES.resolve(m.group(1))).as(file + " imports " + m.group(1)).exists();
            }
        }
    }

    @Test
    void nothingOutsideTheConsoleFolderAndNoUnknownFileIsServed() throws Exception {
        for (String path : List.of("/console/missing.js", "/console/..%2Fappaloft-server-logback.xml",
                "/console/index.html", "/console/.hidden.js", "/console/app.JS")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("<configuration");
        }
        assertThat(get("/api/health").statusCode()).isEqualTo(200);
        assertThat(get("/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void theModulesNeverWriteMarkupAndStayWithinTheSizeRules() throws IOException {
        try (Stream<Path> list = Files.list(SOURCES)) {
            for (Path file : list.toList()) {
                // nothing from another origin (the SVG namespace is a name, not a fetch)
                String text = Files.readString(file).replace("http://www.w3.org/2000/svg", "");
                assertThat(text).as(file.toString()).doesNotContain("innerHTML").doesNotContain("outerHTML")
                        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                        .doesNotContain("http://").doesNotContain("https://").doesNotContain("style=\"").doesNotContain("<script>");
                assertThat(text.lines().count()).as(file.toString()).isLessThan(600);
            }
        }
    }
}

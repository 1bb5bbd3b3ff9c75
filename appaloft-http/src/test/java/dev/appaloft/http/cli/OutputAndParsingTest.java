package dev.appaloft.http.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error bodies as one line, source detection and the progress display. */
class OutputAndParsingTest {

    @TempDir
    Path tmp;

    @Test
    void errorBodiesBecomeOneLineWithTheFieldAndTheExitCodeOfTheirClass() {
        CliFailure invalid = ApiClient.failure(400, """
                {"code":"BAD_REQUEST","status":400,"message":"Input validation failed",
                 "data":{"domainCode":"validation_error","issues":[{"path":["networkProfile","internalPort"],
                 "message":"internalPort must be a port number (1-65535)"}]}}""");
        assertThat(invalid.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(invalid.getMessage()).isEqualTo("Input validation failed: networkProfile.internalPort: internalPort must"
                + " be a port number (1-65535) [validation_error]");
        CliFailure auth = ApiClient.failure(401, "{\"message\":\"the credentials are not valid\",\"data\":{\"domainCode\":\"invalid_credentials\"}}");
        assertThat(auth.exitCode()).isEqualTo(ExitCode.AUTH);
        assertThat(auth.getMessage()).contains("the credentials are not valid").contains("appaloft login");
        assertThat(ApiClient.failure(404, "{\"message\":\"resource res_x was not found\"}").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ApiClient.failure(502, "<html>bad gateway</html>").getMessage()).isEqualTo("HTTP 502");
        assertThat(ApiClient.failure(501, "{}").exitCode()).isEqualTo(ExitCode.SERVER_ERROR);
    }

    @Test
    void foldersAreDetectedAsTheServerDetectsThem() throws Exception {
        Path docker = Files.createDirectories(tmp.resolve("docker"));
        Files.writeString(docker.resolve("Dockerfile"), "FROM x\nEXPOSE 3000/tcp\n");
        Files.writeString(docker.resolve("compose.yaml"), "services: {}\n");
        SourceDetection d = SourceDetection.of(docker, null);
        assertThat(d.strategy()).as("a Dockerfile wins over a compose file").isEqualTo("dockerfile");
        assertThat(d.internalPort()).isEqualTo(3000);
        assertThat(SourceDetection.of(docker, 81).internalPort()).isEqualTo(81);

        Path compose = Files.createDirectories(tmp.resolve("compose"));
        Files.writeString(compose.resolve("docker-compose.yml"), "services: {}\n");
        SourceDetection c = SourceDetection.of(compose, null);
        assertThat(c.kind()).isEqualTo("compose-stack");
        assertThat(c.resourceBody("p", "e", "n", compose).at("/runtimeProfile/dockerComposeFilePath").asText())
                .isEqualTo("docker-compose.yml");

        Path site = Files.createDirectories(tmp.resolve("site/public"));
        Files.writeString(site.resolve("index.html"), "<p>hi</p>");
        SourceDetection s = SourceDetection.of(tmp.resolve("site"), null);
        assertThat(s.strategy()).isEqualTo("static");
        assertThat(s.resourceBody("p", "e", "n", tmp.resolve("site")).at("/source/locator").asText())
                .isEqualTo(tmp.resolve("site").toString());
    }

    @Test
    void theProgressDisplayPrintsEveryLineOffATerminalAndKeepsTheLastOnes() {
        StringWriter err = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(err, true), false, false);
        display.line(null, "status: running");
        for (int i = 0; i < 20; i++) {
            display.line(i < 10 ? "package" : "deploy", "line " + i);
        }
        assertThat(err.toString()).startsWith("status: running\npackage: line 0\n").contains("deploy: line 19\n");
        assertThat(display.lastLines()).hasSize(ProgressDisplay.KEPT_LINES).last().isEqualTo("[deploy] line 19");
    }

    @Test
    void onATerminalPhasesCollapseToOneLineEach() {
        StringWriter err = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(err, true), true, false);
        display.line("package", "Step 1/2");
        display.line("package", "Step 2/2");
        display.line("deploy", "starting");
        display.endPhase(true);
        String shown = err.toString();
        assertThat(shown).contains("✓ package ").contains("✓ deploy ").contains("\r\033[K");
        assertThat(shown.lines().filter(l -> l.contains("✓"))).hasSize(2);
    }

    @Test
    void tablesPadColumns() {
        Table t = new Table("ID", "NAME");
        t.row("prj_1", "shop");
        t.row("prj_22", null);
        assertThat(t.lines()).containsExactly("ID      NAME", "prj_1   shop", "prj_22");
    }
}

package dev.appaloft.http.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.http.server.ServerMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as picocli parses it: options, exit codes of usage errors, nothing reaching a server. */
class CliParsingTest {

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    CommandLine cli() {
        CommandLine cli = new CommandLine(new ServerMain());
        CliCommands.register(cli);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    @Test
    void upTakesAFolderAndTheCommonOptions() {
        CommandLine.ParseResult parsed = cli().parseArgs("up", "site", "--port", "9000", "--json", "--server",
                "http://h:4310", "--environment", "staging");
        UpCommand up = (UpCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(up.folder()).isEqualTo(Path.of("site").toAbsolutePath());
        assertThat(up.port).isEqualTo(9000);
        assertThat(up.environment).isEqualTo("staging");
        assertThat(up.options.json).isTrue();
        assertThat(up.options.server).isEqualTo("http://h:4310");
    }

    @Test
    void everyCommandTakesJson() {
        for (String[] args : new String[][] {{"up"}, {"deploy"}, {"redeploy"}, {"rollback"}, {"status"}, {"logs"},
                {"ls"}, {"servers", "add", "x", "--host", "h"}, {"servers", "test", "srv"}, {"domains", "add", "a.test"},
                {"env", "set", "A=b"}, {"env", "unset", "A"}, {"login"}}) {
            String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
            withJson[args.length] = "--json";
            CommandLine.ParseResult parsed = cli().parseArgs(withJson);
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            assertThat(parsed.hasMatchedOption("--json")).as(String.join(" ", args)).isTrue();
        }
    }

    @Test
    void anUnknownOptionIsOneLineAndTheUsageCode() {
        int code = cli().execute("status", "--no-such-option");
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().strip()).startsWith("appaloft: Unknown option: '--no-such-option'").doesNotContain("\n");
    }

    @Test
    void versionIsPrinted() {
        assertThat(cli().execute("--version")).isZero();
        assertThat(out.toString()).startsWith("appaloft ");
    }

    @Test
    void aSecretValueOnTheCommandLineIsRefusedBeforeAnythingIsReached() {
        // no server is configured: passing validation would start an embedded server on --data
        int code = cli().execute("env", "set", "--secret", "API_KEY=hunter2", "--data", tmp.resolve("d").toString(),
                "--resource", "res_x");
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("read from stdin").doesNotContain("hunter2");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void aFolderWithNothingToBuildFailsBeforeAnythingIsCreated() {
        Path empty = tmp.resolve("empty");
        empty.toFile().mkdirs();
        int code = cli().execute("up", empty.toString(), "--data", tmp.resolve("d").toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("nothing to build was found");
        assertThat(tmp.resolve("d")).doesNotExist();
        assertThat(FolderConfig.file(empty)).doesNotExist();
    }

    @Test
    void jsonErrorsAreOneParsableDocumentOnStdout() throws Exception {
        Path empty = tmp.resolve("empty");
        empty.toFile().mkdirs();
        int code = cli().execute("up", empty.toString(), "--json", "--data", tmp.resolve("d").toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        var doc = ApiClient.JSON.readTree(out.toString());
        assertThat(doc.at("/error/exitCode").asInt()).isEqualTo(ExitCode.USAGE);
        assertThat(doc.at("/error/message").asText()).contains("nothing to build");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnreachableServerIsTheUnreachableCode() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int code = cli().execute("ls", "projects", "--server", "http://127.0.0.1:" + port, "--token", "t");
        assertThat(code).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(err.toString().strip()).startsWith("appaloft: no Appaloft server answers at http://127.0.0.1:" + port)
                .doesNotContain("\n").doesNotContain("Exception");
    }
}

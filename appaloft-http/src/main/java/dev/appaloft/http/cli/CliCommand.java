package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of the command line: it runs against a {@link Target} and reports a failure as one line on
 * stderr ({@code appaloft: <message>}, or a JSON error object with {@code --json}) and its exit code.
 */
abstract class CliCommand implements Callable<Integer> {

    @Mixin
    CliOptions options;

    @Spec
    CommandSpec spec;

    /** The login file; tests point it elsewhere. */
    LoginStore logins() {
        return LoginStore.forUser(System.getenv(), System.getProperty("user.home"));
    }

    /** Folders an embedded server may read local sources from (up and deploy add theirs). */
    List<Path> sourceRoots() {
        return List.of(Path.of("").toAbsolutePath());
    }

    abstract int run(Target target, Output out) throws Exception;

    /** Checks what needs no server, before one is reached or started (a mistake fails fast). */
    void validate() {
    }

    @Override
    public Integer call() {
        Output out = new Output(out(), err(), options.json);
        try {
            validate();
        } catch (CliFailure e) {
            out.failure(e);
            return e.exitCode();
        }
        try (Target target = Target.open(options, logins(), sourceRoots())) {
            return run(target, out);
        } catch (CliFailure e) {
            out.failure(e);
            return e.exitCode();
        } catch (picocli.CommandLine.ParameterException e) {
            throw e;
        } catch (Exception e) {
            out.failure(new CliFailure(ExitCode.SERVER_ERROR, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return ExitCode.SERVER_ERROR;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}

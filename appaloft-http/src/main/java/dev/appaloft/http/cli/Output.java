package dev.appaloft.http.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * Where a command's results go: lines for people on stdout (progress and errors on stderr), or with
 * {@code --json} exactly one JSON document on stdout (errors as {@code {"error":{...}}}), so scripts can
 * parse it whatever happened.
 */
final class Output {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A line for people (left out with --json). */
    void line(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** Progress for people on stderr (left out with --json: stdout stays one document). */
    void progress(String text) {
        if (!json) {
            err.println(text);
            err.flush();
        }
    }

    /** The command's result as JSON (only with --json). */
    void result(JsonNode document) {
        if (json) {
            try {
                out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
        }
    }

    /** One compact JSON line (only with --json): for streams, which have no single document. */
    void jsonLine(JsonNode document) {
        if (json) {
            try {
                out.println(ApiClient.JSON.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
        }
    }

    void failure(CliFailure failure) {
        if (json) {
            result(ApiClient.object("error", ApiClient.object("exitCode", failure.exitCode(), "code", failure.code(),
                    "message", failure.getMessage())));
        } else {
            err.println("appaloft: " + failure.getMessage());
            err.flush();
        }
    }
}

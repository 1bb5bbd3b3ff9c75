package dev.appaloft.http.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes: where the server is, how to sign in, and the output format. */
public final class CliOptions {

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:APPALOFT_SERVER}",
            description = "The Appaloft server (default: APPALOFT_SERVER, else the login, else embedded on --data).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:APPALOFT_TOKEN}",
            description = "Bearer token (default: APPALOFT_TOKEN, else the login's). Prefer the variable: argv is visible to others.")
    String token;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:APPALOFT_DATA:-${sys:user.home}/.appaloft}",
            description = "Data folder of the embedded mode, the same as serve's (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", description = "Machine-readable output: one JSON document on stdout.")
    boolean json;
}

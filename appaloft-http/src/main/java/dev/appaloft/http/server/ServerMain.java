package dev.appaloft.http.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The standalone jar's entry point: {@code java -jar appaloft-server.jar serve [options]}. */
@Command(name = "appaloft-server", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
        description = "The Appaloft control plane as a standalone HTTP server.")
public final class ServerMain {

    public static void main(String[] args) {
        // the standalone jar brings its own logging set-up; an explicit one still wins
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "appaloft-server-logback.xml");
        }
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("appaloft-server: " + e.getMessage());
            return 2;
        });
        int code = cli.execute(args);
        if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }
}

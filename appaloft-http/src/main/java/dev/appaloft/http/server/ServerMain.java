package dev.appaloft.http.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The standalone server's command line: {@code java -jar appaloft-server.jar serve [options]} reaches it
 * through {@link Launcher} (the jar's Main-Class), which may run it in a child JVM with small defaults.
 */
@Command(name = "appaloft-server", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
        description = "The Appaloft control plane as a standalone HTTP server.")
public final class ServerMain {

    public static void main(String[] args) {
        String launcher = System.getProperty(Launcher.LAUNCHER_PID_PROPERTY);
        if (launcher != null) {
            stopWhenGone(Long.parseLong(launcher));
        }
        // the standalone jar brings its own logging set-up; an explicit one still wins
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "appaloft-server-logback.xml");
        }
        CommandLine cli = new CommandLine(new ServerMain());
        dev.appaloft.http.cli.CliCommands.register(cli); // the appaloft command line (up, deploy, logs, ...)
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("appaloft-server: " + e.getMessage());
            return 2;
        });
        int code = cli.execute(args);
        if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }

    /**
     * A server the launcher started stops (cleanly, through its shutdown hook) when the launcher is gone,
     * SIGKILLed say, rather than run on orphaned. A non-child's exit is polled: noticed within 5 s.
     */
    private static void stopWhenGone(long launcherPid) {
        ProcessHandle.of(launcherPid).map(ProcessHandle::onExit)
                .orElse(java.util.concurrent.CompletableFuture.completedFuture(null))
                .thenRun(() -> {
                    System.err.println("appaloft-server: the launcher (pid " + launcherPid + ") is gone; stopping");
                    System.exit(143);
                });
    }
}

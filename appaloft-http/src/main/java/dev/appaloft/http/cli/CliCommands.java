package dev.appaloft.http.cli;

import picocli.CommandLine;

/**
 * The {@code appaloft} command line's commands, added beside {@code serve} to the jar's command line.
 * They run in the launcher's JVM (only serve is relaunched), so this stays light: nothing here loads
 * the engine unless a command runs embedded.
 */
public final class CliCommands {

    private CliCommands() {
    }

    public static void register(CommandLine cli) {
        cli.addSubcommand(new UpCommand());
        cli.addSubcommand(new DeployCommand());
        cli.addSubcommand(new RedeployCommand());
        cli.addSubcommand(new RollbackCommand());
        cli.addSubcommand(new StatusCommand());
        cli.addSubcommand(new LogsCommand());
        cli.addSubcommand(new LsCommand());
        cli.addSubcommand(new ServersCommand());
        cli.addSubcommand(new DomainsCommand());
        cli.addSubcommand(new EnvCommand());
        cli.addSubcommand(new LoginCommand());
        cli.getCommandSpec().versionProvider(() -> new String[] {"appaloft " + dev.appaloft.http.infra.Version.current()});
        // a bad argument is a usage error: one line and the usage code, not picocli's default 2 + help dump
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("appaloft: " + e.getMessage()
                    + " (see appaloft " + e.getCommandLine().getCommandName() + " --help)");
            return ExitCode.USAGE;
        });
    }
}

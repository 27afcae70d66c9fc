package org.crimeledger.cli;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command. With no subcommand, or with only options, it serves the application,
 * so {@code java -jar crimeledger.jar --reset-data} does what a newcomer expects.
 */
@Command(name = "crimeledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Crime recording that cannot quietly lose a crime.",
        subcommands = {ServeCommand.class, CreateAdminCommand.class, GenerateCommand.class, VerifyLedgerCommand.class,
                ImportCommand.class, DataQualityCommand.class, IntegrityCommand.class, ReferenceCommand.class, AuditCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class})
public class CrimeledgerCommand {

    /** Exit code meaning "the server is running; do not exit the JVM". */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static int run(String... args) {
        return new CommandLine(new CrimeledgerCommand()).execute(withDefaultSubcommand(args));
    }

    static String[] withDefaultSubcommand(String... args) {
        boolean startsWithSubcommand = args.length > 0 && !args[0].startsWith("-");
        if (startsWithSubcommand || (args.length > 0 && TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }
}

package org.crimeledger.cli;

/**
 * The executable's entry point: parses the command line and runs the chosen subcommand,
 * {@code serve} when none is named.
 */
public final class Crimeledger {

    private Crimeledger() {
    }

    public static void main(String[] args) {
        int exitCode = CrimeledgerCommand.run(args);
        if (exitCode != CrimeledgerCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}

package org.crimeledger.cli;

import picocli.CommandLine.Command;

/** Groups the importers by source: {@code import police-uk ...}, {@code import interchange ...}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import files from other systems.",
        subcommands = {ImportPoliceUkCommand.class, ImportInterchangeCommand.class})
class ImportCommand {
}

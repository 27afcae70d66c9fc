package org.crimeledger.cli;

import picocli.CommandLine.Command;

/** Groups the importers by source: {@code import police-uk ...}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import files from other systems.",
        subcommands = ImportPoliceUkCommand.class)
class ImportCommand {
}

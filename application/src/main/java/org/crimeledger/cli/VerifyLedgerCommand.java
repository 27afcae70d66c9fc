package org.crimeledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crimeledger.ledger.LedgerVerification;
import org.crimeledger.ledger.LedgerVerifier;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks the ledger without the web application, so an auditor or a scheduled job can prove a database's
 * history intact on its own: the exit code says whether it is, the output names the first broken entry.
 */
@Command(name = "verify-ledger", mixinStandardHelpOptions = true,
        description = "Recompute the ledger's hash chain and check every record against its latest entry. "
                + "Exits 0 when intact, " + VerifyLedgerCommand.NOT_INTACT + " naming what is broken otherwise.")
class VerifyLedgerCommand implements Callable<Integer> {

    static final int NOT_INTACT = 1;

    private static final int FINDINGS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./data/postgres); "
                    + "not used when SPRING_DATASOURCE_URL names a server.")
    Path dataDirectory;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Headless.start(dataDirectory)) {
            return report(context.getBean(LedgerVerifier.class).verify(), spec.commandLine().getOut());
        }
    }

    static int report(LedgerVerification verification, PrintWriter out) {
        out.println(verification.summary());
        verification.recordFindings().stream().limit(FINDINGS_SHOWN)
                .forEach(finding -> out.println("  " + finding.description()));
        if (verification.recordFindingCount() > FINDINGS_SHOWN) {
            out.println("  and " + (verification.recordFindingCount() - FINDINGS_SHOWN) + " more");
        }
        out.flush();
        return verification.intact() ? 0 : NOT_INTACT;
    }
}

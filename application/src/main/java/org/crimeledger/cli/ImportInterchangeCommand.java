package org.crimeledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.InterchangeReader;
import org.crimeledger.exchange.ExtractImport;
import org.crimeledger.exchange.ImportedExtractRules;
import org.crimeledger.exchange.InterchangeImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports another records system's extract (a folder of interchange CSV files, docs/interchange.md) with a progress
 * bar, then one line per file and the first findings. Safe to stop at any moment and run again: the extract loads
 * whole or not at all, and an extract already imported is skipped by its files' hashes.
 */
@Command(name = "interchange", mixinStandardHelpOptions = true,
        description = "Import a folder of interchange CSV files (docs/interchange.md): incidents, decisions, victims, "
                + "crimes, outcomes, cancellations, reclassifications. Exits 0 when every row loaded or the extract was "
                + "already imported, " + ImportInterchangeCommand.ROWS_LEFT_OUT + " when rows were left out for a "
                + "fault, 2 when the folder cannot be read.")
class ImportInterchangeCommand implements Callable<Integer> {

    static final int ROWS_LEFT_OUT = 1;
    static final int CANNOT_RUN = 2;

    private static final int FINDINGS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder holding incidents.csv, crimes.csv, ...")
    Path folder;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the embedded database "
            + "(default: ./data/postgres); not used when SPRING_DATASOURCE_URL names a server.")
    Path dataDirectory;

    @Option(names = "--no-progress", description = "No progress bar (for logs and scripts).")
    boolean noProgress;

    @Option(names = "--no-rules", description = "Do not run the Crime Recording Rules catalogue on the imported "
            + "records (it runs by default; its findings are stored with the import's file and line).")
    boolean noRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("No such folder: " + folder);
            return CANNOT_RUN;
        }
        ImportPoliceUkCommand springOptions = new ImportPoliceUkCommand();
        springOptions.dataDirectory = dataDirectory;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springOptions.springArguments())) {
            ProgressBar bar = new ProgressBar(out, !noProgress);
            ExtractImport result = context.getBean(InterchangeImport.class)
                    .importExtract(folder, System.getProperty("user.name", "command line"), bar);
            bar.finish();
            int status = report(result, out);
            if (result.status() == ExtractImport.Status.LOADED && !noRules) {
                Map<String, Long> byCode = context.getBean(ImportedExtractRules.class).check(result.importId());
                out.printf("Crime Recording Rules on the imported records: %,d findings%n",
                        byCode.values().stream().mapToLong(Long::longValue).sum());
                byCode.forEach((code, count) -> out.printf("  %s: %,d%n", code, count));
                out.flush();
            }
            return status;
        }
    }

    static int report(ExtractImport result, PrintWriter out) {
        for (InterchangeReader.FileReading file : result.files()) {
            out.printf("%s: %s, %,d rows read, %,d loaded, %,d left out%n", file.file().fileName(),
                    file.ending().name().toLowerCase(), file.rowsRead(), file.rowsUsed(), file.rowsLeftOut());
        }
        result.findings().stream().limit(FINDINGS_SHOWN).map(ImportInterchangeCommand::describe)
                .forEach(finding -> out.println("  " + finding));
        if (result.findingCount() > FINDINGS_SHOWN) {
            out.printf("  and %,d more findings%n", result.findingCount() - FINDINGS_SHOWN);
        }
        out.println(result.summary());
        out.flush();
        return result.rowsLeftOut() > 0 || result.files().stream()
                .anyMatch(file -> file.ending() == InterchangeReader.Ending.UNREADABLE) ? ROWS_LEFT_OUT : 0;
    }

    static String describe(ExtractFinding finding) {
        return finding.file() + " line " + finding.line() + (finding.column().isEmpty() ? "" : ", " + finding.column())
                + ": " + finding.code() + " " + finding.message();
    }
}

package org.crimeledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.ExtractValidation;
import org.crimeledger.compliance.ExtractValidator;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleDefinition;
import org.crimeledger.rules.RuleSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks another records system's extract against the Crime Recording Rules catalogue, with no database: reads the
 * interchange CSV files of a folder, prints a summary and writes every finding to a CSV file.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a folder of interchange CSV files (docs/interchange.md) against the Crime Recording Rules "
                + "catalogue. Exits 0 when no error was found, " + ValidateCommand.ERRORS_FOUND + " when errors were "
                + "found, 2 when the folder cannot be read.")
class ValidateCommand implements Callable<Integer> {

    static final int ERRORS_FOUND = 1;
    static final int CANNOT_RUN = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder holding incidents.csv, crimes.csv, ...")
    Path folder;

    @Option(names = "--findings", paramLabel = "FILE", description = "Where to write the findings CSV "
            + "(default: validation-findings.csv in the current folder).")
    Path findingsFile = Path.of("validation-findings.csv");

    @Option(names = "--as-of", paramLabel = "TIMESTAMP", description = "When the extract was taken, for overdue "
            + "decisions and unresolved N100s (default: now), e.g. 2026-04-01T00:00:00Z.")
    Instant asOf;

    @Option(names = "--n100-days", paramLabel = "DAYS", description = "Days an N100 may stay without a sub-code (default: 28).")
    int n100Days = 28;

    @Option(names = "--offending-history", paramLabel = "COUNT", description = "Previous offences from which a penalty "
            + "notice is flagged (default: 5).")
    int offendingHistory = 5;

    @Option(names = "--duplicate-hours", paramLabel = "HOURS", description = "Window for possible duplicate crimes "
            + "(default: 24).")
    int duplicateHours = 24;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder);
            return CANNOT_RUN;
        }
        if (n100Days < 1 || offendingHistory < 1 || duplicateHours < 1) {
            err.println("--n100-days, --offending-history and --duplicate-hours must be at least 1");
            return CANNOT_RUN;
        }
        RuleSettings settings = new RuleSettings(asOf == null ? Instant.now() : asOf, RuleSettings.ENGLAND_AND_WALES,
                Duration.ofDays(n100Days), offendingHistory, Duration.ofHours(duplicateHours));
        ExtractValidation validation;
        try (Writer writer = Files.newBufferedWriter(findingsFile, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader("file", "line", "column", "record", "rule_code", "severity", "message").get())) {
            validation = new ExtractValidator(settings).validate(folder, finding -> print(printer, finding));
        }
        summarise(validation, out);
        out.println("Findings written to " + findingsFile.toAbsolutePath());
        out.flush();
        return validation.errorsFound() ? ERRORS_FOUND : 0;
    }

    private static void print(CSVPrinter printer, ExtractFinding finding) {
        try {
            printer.printRecord(finding.file(), finding.line(), finding.column(), finding.record(), finding.code(),
                    finding.severity(), finding.message());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void summarise(ExtractValidation validation, PrintWriter out) {
        out.println("Records read, by file (left out for format faults):");
        validation.rowsRead().forEach((file, rows) -> out.printf("  %-24s %,12d  (%,d left out)%n", file, rows,
                validation.rowsLeftOut().getOrDefault(file, 0L)));
        out.printf("Incidents checked: %,d against %d rules%n", validation.incidentsChecked(),
                RuleCatalogue.definitions().size());
        out.printf("Findings: %,d errors, %,d warnings, %,d for information%n", validation.errors(),
                validation.warnings(), validation.information());
        for (Map.Entry<String, Long> entry : validation.findingsByCode().entrySet()) {
            String title = RuleCatalogue.definition(entry.getKey()).map(RuleDefinition::title).orElse("format");
            out.printf("  %-14s %,10d  %s%n", entry.getKey(), entry.getValue(), title);
        }
        double seconds = (validation.readTime().toNanos() + validation.checkTime().toNanos()) / 1e9;
        out.printf("Read in %.2f s, checked in %.2f s (%,.0f records a second)%n", validation.readTime().toNanos() / 1e9,
                validation.checkTime().toNanos() / 1e9, validation.records() / Math.max(seconds, 1e-9));
    }
}

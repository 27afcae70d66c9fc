package org.crimeledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.ForceProperties;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityFindingsCsv;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.UnitLevel;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the integrity indicators and their tests over the database from the command line, for a scheduled
 * job or an analyst without the web application: prints each indicator's force-wide figure and every alert.
 */
@Command(name = "integrity", mixinStandardHelpOptions = true,
        description = "Compute the gaming signatures by team for the twelve months to a month and print the alerts. "
                + "Exits 0 with no alerts, " + IntegrityCommand.ALERTS + " when there are any.")
class IntegrityCommand implements Callable<Integer> {

    static final int ALERTS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The last month to include (default: the last complete month).")
    YearMonth month;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Compare teams or officers (default: ${DEFAULT-VALUE}); "
            + "officers are named by username, for the Crime Registrar, unless --pseudonymise.")
    UnitLevel level = UnitLevel.TEAM;

    @Option(names = "--pseudonymise", description = "Name officers by their keyed pseudonyms "
            + "(crimeledger.integrity.pseudonym-key), as analysts and the PCC's office see them.")
    boolean pseudonymise;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./data/postgres); "
                    + "not used when SPRING_DATASOURCE_URL names a server.")
    Path dataDirectory;

    @Option(names = "--import", paramLabel = "ID", description = "Count the records of this imported interchange "
            + "extract (crimeledger import interchange) instead of the force's own; the extract is one unit.")
    Long importId;

    @Option(names = "--facts", paramLabel = "SCHEMA", description = "Count the facts tables loaded into this schema "
            + "(a national run's decision_facts, crime_facts, ..., copied into the database) instead of the force's "
            + "records: every force they hold, each force's teams tested against each other, as the national run does.")
    String factsSchema;

    @Option(names = "--output", paramLabel = "DIR", description = "Also write every test and every team's figures as "
            + IntegrityFindingsCsv.FINDINGS + " and " + IntegrityFindingsCsv.TEAMS + " in this folder "
            + "(the shape a national run writes).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Headless.start(dataDirectory)) {
            IntegrityChecks checks = context.getBean(IntegrityChecks.class);
            long started = System.nanoTime();
            if (factsSchema != null) {
                Map<String, IntegrityReport> reports = checks.runOnFacts(factsSchema, month);
                if (output != null) {
                    write(reports, output);
                }
                return printForces(reports, (System.nanoTime() - started) / 1e9, spec.commandLine().getOut());
            }
            YearMonth asOf = month == null ? checks.lastCompleteMonth() : month;
            IntegrityReport report = importId == null ? checks.run(asOf, level, !pseudonymise)
                    : checks.runOnImport(importId, asOf);
            if (output != null) {
                write(context.getBean(ForceProperties.class).code(), report, output);
            }
            return print(report, (System.nanoTime() - started) / 1e9, spec.commandLine().getOut());
        }
    }

    static void write(String force, IntegrityReport report, Path folder) throws IOException {
        write(Map.of(force, report), folder);
    }

    /** Every force's tests and teams, forces in the order given (a national run's files, in its shape). */
    static void write(Map<String, IntegrityReport> reports, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve(IntegrityFindingsCsv.FINDINGS));
                CSVPrinter csv = IntegrityFindingsCsv.findingsPrinter(out)) {
            for (Map.Entry<String, IntegrityReport> report : reports.entrySet()) {
                IntegrityFindingsCsv.printFindings(report.getKey(), report.getValue(), csv);
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(IntegrityFindingsCsv.TEAMS));
                CSVPrinter csv = IntegrityFindingsCsv.teamsPrinter(out)) {
            for (Map.Entry<String, IntegrityReport> report : reports.entrySet()) {
                IntegrityFindingsCsv.printTeams(report.getKey(), report.getValue(), csv);
            }
        }
    }

    /** One line per force (its tests and alerts) and the total: a national run's alerts are too many to list. */
    static int printForces(Map<String, IntegrityReport> reports, double seconds, PrintWriter out) {
        int alerts = 0;
        for (Map.Entry<String, IntegrityReport> report : reports.entrySet()) {
            IntegrityReport each = report.getValue();
            out.printf(Locale.UK, "  %-8s %s to %s: %,d tests, %,d alerts%n", report.getKey(), each.asOf().minusMonths(11),
                    each.asOf(), each.testsRun(), each.alerts().size());
            alerts += each.alerts().size();
        }
        out.printf(Locale.UK, "Integrity signatures of %d forces: %,d alerts (%.1f s)%n", reports.size(), alerts, seconds);
        out.flush();
        return alerts == 0 ? 0 : ALERTS;
    }

    static int print(IntegrityReport report, double seconds, PrintWriter out) {
        out.printf(Locale.UK, "Integrity signatures, %s to %s: %d tests with enough data, false discoveries controlled at"
                + " %.0f%% (%.1f s)%n", report.asOf().minusMonths(11), report.asOf(), report.testsRun(),
                100 * report.falseDiscoveryRate(), seconds);
        for (IndicatorView view : report.indicators()) {
            out.printf(Locale.UK, "  %-32s %s%n", view.indicator().title(), view.indicator().isVolume()
                    ? String.format(Locale.UK, "%,d over %d %ss", view.events(), view.teams().size(),
                            report.level().noun().toLowerCase(Locale.ROOT))
                    : view.trials() == 0 ? "no cases"
                            : String.format(Locale.UK, "%,d of %,d (%.1f%%)", view.events(), view.trials(), 100 * view.proportion()));
        }
        if (report.alerts().isEmpty()) {
            out.println("No alerts.");
        } else {
            out.println(report.alerts().size() + (report.alerts().size() == 1 ? " alert:" : " alerts:"));
            report.alerts().forEach(alert -> out.println("  " + alert.indicator().title() + ": " + alert.explanation()));
        }
        out.flush();
        return report.alerts().isEmpty() ? 0 : ALERTS;
    }
}

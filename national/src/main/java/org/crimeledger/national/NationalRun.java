package org.crimeledger.national;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.exchange.QualityFinding;
import org.crimeledger.exchange.QualityFindingsCsv;
import org.crimeledger.integrity.IntegrityFindingsCsv;
import org.crimeledger.integrity.IntegrityReport;

/**
 * The national jobs' entry point, the same under {@code spark-submit} on a cluster and in {@code local[*]}:
 *
 * <pre>
 * export --jdbc-url URL [--user U] --force CODE [--zone Europe/London] [--from DATE] [--to DATE] --output DIR
 * run [--exports DIR...] [--csv FILE_OR_DIR... --reference DIR] [--month YYYY-MM] --output DIR
 * </pre>
 *
 * {@code run} writes {@code quality-findings.csv} when police.uk data are given, {@code integrity-findings.csv},
 * {@code integrity-teams.csv} and {@code recorded-crime.csv} when facts are, and {@code run.properties}; the application's national page
 * reads that folder. {@code --master} (for example {@code local[2]}) is for running without spark-submit. The
 * database password, when the URL holds none, comes from the environment variable {@code PGPASSWORD}.
 */
public final class NationalRun {

    static final String RUN = "run.properties";

    private NationalRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !Set.of("export", "run").contains(args[0])) {
            System.err.println("Usage: export --jdbc-url URL [--user U] --force CODE [--zone Z] [--from D] [--to D] --output DIR");
            System.err.println("       run [--exports DIR...] [--csv FILE_OR_DIR... --reference DIR] [--month YYYY-MM] --output DIR");
            System.exit(2);
        }
        if (args[0].equals("export")) {
            Arguments options = new Arguments(args, 1,
                    Set.of("jdbc-url", "user", "force", "zone", "from", "to", "output", "master"));
            try (SparkSession spark = NationalSpark.session(options.one("master", null))) {
                export(spark, options);
            }
        } else {
            Arguments options = new Arguments(args, 1, Set.of("exports", "csv", "reference", "month", "output", "master"));
            try (SparkSession spark = NationalSpark.session(options.one("master", null))) {
                run(spark, options.paths("exports"), options.paths("csv"),
                        options.one("reference", null) == null ? null : Path.of(options.one("reference", null)),
                        options.one("month", null) == null ? null : YearMonth.parse(options.one("month", null)),
                        Path.of(options.required("output")));
            }
        }
    }

    static void export(SparkSession spark, Arguments options) {
        Properties connection = new Properties();
        if (options.one("user", null) != null) {
            connection.setProperty("user", options.one("user", null));
        }
        if (System.getenv("PGPASSWORD") != null) {
            connection.setProperty("password", System.getenv("PGPASSWORD"));
        }
        NationalExport.run(spark, options.required("jdbc-url"), connection, options.required("force"),
                ZoneId.of(options.one("zone", "Europe/London")), LocalDate.parse(options.one("from", "2000-01-01")),
                LocalDate.parse(options.one("to", LocalDate.now().plusMonths(1).withDayOfMonth(1).toString())),
                Path.of(options.required("output")));
    }

    /** Runs every job the inputs allow and writes the results; the reference defaults to the first export's. */
    static void run(SparkSession spark, List<Path> exports, List<Path> csv, Path reference, YearMonth month, Path output)
            throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(output);
        for (String table : ExportedData.TABLES) {
            spark.catalog().dropTempView(table); // a session may run several times; each run reads only its inputs
        }
        ExportedData.register(spark, exports);
        if (!csv.isEmpty()) {
            Path folder = reference != null ? reference : exports.isEmpty() ? null : exports.get(0).resolve("reference");
            if (folder == null) {
                throw new IllegalArgumentException("--csv needs --reference (a folder written by export)");
            }
            PoliceUkCsv.register(spark, csv, Reference.load(spark, folder));
        } else if (!exports.isEmpty()) {
            Reference.load(spark, reference != null ? reference : exports.get(0).resolve("reference"));
        }
        Properties summary = new Properties();
        summary.setProperty("inputs", String.join(" ", exports.stream().map(Path::toString).toList()) + " "
                + String.join(" ", csv.stream().map(Path::toString).toList()));
        if (spark.catalog().tableExists("police_uk_street_crime")) {
            List<QualityFinding> findings = QualityJob.run(spark);
            try (Writer out = Files.newBufferedWriter(output.resolve("quality-findings.csv"))) {
                QualityFindingsCsv.write(findings, out);
            }
            summary.setProperty("quality.findings", String.valueOf(findings.size()));
        }
        if (spark.catalog().tableExists("crime_facts")) {
            YearMonth asOf = month != null ? month : IntegrityJob.latestMonth(spark);
            Map<String, IntegrityReport> reports = IntegrityJob.run(spark, asOf);
            try (Writer findings = Files.newBufferedWriter(output.resolve(IntegrityFindingsCsv.FINDINGS));
                    CSVPrinter findingsCsv = IntegrityFindingsCsv.findingsPrinter(findings);
                    Writer teams = Files.newBufferedWriter(output.resolve(IntegrityFindingsCsv.TEAMS));
                    CSVPrinter teamsCsv = IntegrityFindingsCsv.teamsPrinter(teams)) {
                for (Map.Entry<String, IntegrityReport> report : reports.entrySet()) {
                    IntegrityFindingsCsv.printFindings(report.getKey(), report.getValue(), findingsCsv);
                    IntegrityFindingsCsv.printTeams(report.getKey(), report.getValue(), teamsCsv);
                }
            }
            summary.setProperty("integrity.as-of", asOf.toString());
            summary.setProperty("integrity.forces", String.join(" ", reports.keySet()));
            summary.setProperty("integrity.alerts",
                    String.valueOf(reports.values().stream().mapToInt(report -> report.alerts().size()).sum()));
        }
        if (spark.catalog().tableExists("recorded_crime_facts")) {
            try (Writer out = Files.newBufferedWriter(output.resolve(PublicationJob.OUTPUT))) {
                PublicationJob.write(PublicationJob.run(spark), out);
            }
        }
        summary.setProperty("finished", Instant.now().toString());
        summary.setProperty("seconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        try (Writer out = Files.newBufferedWriter(output.resolve(RUN))) {
            summary.store(out, "crimeledger national run");
        }
    }
}

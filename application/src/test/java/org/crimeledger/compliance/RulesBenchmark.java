package org.crimeledger.compliance;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.rules.RuleSettings;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rules benchmark (bench/rules.sh), run on demand, never by {@code ./mvnw verify}. Over a database the synthetic
 * force was generated into, it times: the in-application batch; the export of the records as an interchange extract;
 * the whole catalogue over that extract; and, in the same run, three representative rules both in our engine and as
 * hand-written DuckDB SQL over the same CSV files, checking that the two find the same number of findings.
 * Arguments: the embedded database folder and a work folder for the extract; then {@code --no-batch} (leave out the
 * batch), {@code --reuse-extract} (the folder already holds the export: no database is started) and
 * {@code --tiles N} (check the extract written N times over with distinct references, {@link ExtractTiles}).
 */
public final class RulesBenchmark {

    static final Set<String> REPRESENTATIVE = Set.of("CRR-TIME-001", "CRR-CNT-002", "CRR-CNT-003", "CRR-CAN-002");

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        Path extract = Path.of(args[1]).toAbsolutePath();
        List<String> options = List.of(args).subList(2, args.length);
        boolean batch = !options.contains("--no-batch");
        boolean reuse = options.contains("--reuse-extract");
        int tiles = options.contains("--tiles") ? Integer.parseInt(options.get(options.indexOf("--tiles") + 1)) : 1;
        Files.createDirectories(extract);
        Instant asOf = Instant.parse("2026-04-01T00:00:00Z");
        if (!reuse) {
            exportFromDatabase(dataDirectory, extract, batch);
        }
        Path checked = extract;
        if (tiles > 1) {
            checked = extract.resolveSibling(extract.getFileName() + "-x" + tiles);
            long started = System.nanoTime();
            ExtractTiles.write(extract, checked, tiles);
            System.out.printf("extract written %d times over with distinct references (not part of the benchmark): "
                    + "%.1f s%n", tiles, (System.nanoTime() - started) / 1e9);
        }
        check(checked, RuleSettings.defaults(asOf));
    }

    private static void exportFromDatabase(Path dataDirectory, Path extract, boolean batch) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE).run("--crimeledger.demo.enabled=false",
                        "--crimeledger.database.data-directory=" + dataDirectory,
                        "--crimeledger.compliance.batch-enabled=false", "--logging.level.root=warn")) {
            if (batch) {
                long started = System.nanoTime();
                RuleRun run = context.getBean(ComplianceRuns.class).runNow("benchmark");
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("in-application batch (PostgreSQL, findings stored): %,d incidents in %.1f s: "
                        + "%,.0f incidents/s; %,d findings%n", run.incidentsChecked(), seconds,
                        run.incidentsChecked() / seconds, run.findings());
            }
            long started = System.nanoTime();
            long rows = export(context.getBean(DataSource.class), extract);
            System.out.printf("export to interchange CSV: %,d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void check(Path extract, RuleSettings settings) throws Exception {
        System.out.printf("cores available to the JVM: %d%n", Runtime.getRuntime().availableProcessors());
        ExtractValidation whole = time("whole catalogue", () -> new ExtractValidator(settings).validate(extract, f -> { }));
        System.out.printf("  findings %s%n", whole.findingsByCode());
        ExtractValidation ours = time("engine, representative rules " + REPRESENTATIVE,
                () -> new ExtractValidator(settings, REPRESENTATIVE::contains).validate(extract, f -> { }));
        Map<String, Long> duck = new LinkedHashMap<>();
        long duckStarted = System.nanoTime();
        long duckCpu = processCpu();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
            for (Map.Entry<String, String> query : DuckDbRules.queries(extract).entrySet()) {
                try (ResultSet result = sql.executeQuery(query.getValue())) {
                    result.next();
                    duck.put(query.getKey(), result.getLong(1));
                }
            }
        }
        double duckSeconds = (System.nanoTime() - duckStarted) / 1e9;
        System.out.printf("DuckDB: process CPU time %.2f s over %.2f s wall%n", (processCpu() - duckCpu) / 1e9,
                duckSeconds);
        double oursSeconds = (ours.readTime().toNanos() + ours.checkTime().toNanos()) / 1e9;
        System.out.printf("DuckDB SQL, same rules over the same CSV: %.2f s; findings %s%n", duckSeconds, duck);
        Map<String, Long> oursByRule = new LinkedHashMap<>();
        duck.keySet().forEach(code -> oursByRule.put(code, ours.findingsByCode().getOrDefault(code, 0L)));
        System.out.printf("engine findings %s; %s%n", oursByRule, oursByRule.equals(duck) ? "same as DuckDB" : "DIFFERENT");
        System.out.printf("engine / DuckDB time = %.2f (engine %.2f s, DuckDB %.2f s)%n", oursSeconds / duckSeconds,
                oursSeconds, duckSeconds);
    }

    interface Timed {
        ExtractValidation run();
    }

    /** CPU time of the whole process so far, all threads, in nanoseconds: less sensitive to a shared machine's load. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static ExtractValidation time(String what, Timed timed) {
        long started = System.nanoTime();
        long cpu = processCpu();
        ExtractValidation validation = timed.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: process CPU time %.2f s over %.2f s wall%n", what, (processCpu() - cpu) / 1e9, seconds);
        System.out.printf("%s: %,d records (%,d incidents) in %.2f s (read %.2f s, rules %.2f s): %,.0f records/s, "
                + "%,d findings%n", what, validation.records(), validation.incidentsChecked(), seconds,
                validation.readTime().toNanos() / 1e9, validation.checkTime().toNanos() / 1e9,
                validation.records() / seconds, validation.errors() + validation.warnings() + validation.information());
        return validation;
    }

    private static long export(DataSource dataSource, Path folder) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, String> file : ExtractQueries.BY_FILE.entrySet()) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(file.getKey()))) {
                    rows += copy.copyOut("copy (" + file.getValue() + ") to stdout with (format csv, header true)", out);
                }
            }
        }
        try (InputStream classes = RuleSettings.class.getResourceAsStream("offence-classes.csv")) {
            Files.copy(classes, folder.resolve("offence-classes.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return rows;
    }

}

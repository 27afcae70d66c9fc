package org.crimeledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.synthetic.CopyBaseline;
import org.crimeledger.synthetic.GenerationReport;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Generates the synthetic force Demoshire into the configured database, all or nothing, and says how fast.
 * With {@code --compare-with-copy} it then times PostgreSQL's own COPY of the same rows: the benchmark.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the synthetic force Demoshire: incidents, decisions and crimes with their ground truth.")
class GenerateCommand implements Callable<Integer> {

    private static final SyntheticForce DEFAULTS = SyntheticForce.demoshire();

    @Spec
    CommandSpec spec;

    @Option(names = "--incidents", paramLabel = "N", description = "Incidents over the period (default: ${DEFAULT-VALUE}; "
            + "a Metropolitan Police year is 5000000).")
    int incidents = DEFAULTS.incidents();

    @Option(names = "--seed", paramLabel = "S", description = "Seed: the same seed and settings give the same rows "
            + "(default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--days", paramLabel = "D", description = "Length of the period in days (default: ${DEFAULT-VALUE}).")
    int days = DEFAULTS.days();

    @Option(names = "--start", paramLabel = "DATE", description = "First day, as 2025-04-01 (default: ${DEFAULT-VALUE}).")
    LocalDate start = DEFAULTS.start();

    @Option(names = "--reset", description = "Delete the embedded database's data first and start clean "
            + "(embedded database only; on a server, use an empty database).")
    boolean reset;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./data/postgres).")
    Path dataDirectory;

    @Option(names = "--compare-with-copy", description = "Benchmark: afterwards time PostgreSQL's own COPY of the "
            + "same rows into the same tables (rolled back, so the data stays as generated).")
    boolean compareWithCopy;

    @Override
    public Integer call() throws IOException {
        if (reset && System.getenv("SPRING_DATASOURCE_URL") != null) {
            throw new ParameterException(spec.commandLine(), "--reset only deletes the embedded database; "
                    + "on a PostgreSQL server, generate into an empty database");
        }
        SyntheticForce force = force();
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE).run(springArguments())) {
            out.printf("Generating %,d incidents over %d days from %s, seed %d ...%n", incidents, days, start, seed);
            out.flush();
            long step = Math.max(1, incidents / 10);
            GenerationReport report = context.getBean(Generating.class).generate(force, (done, rows) -> {
                if (done % step < 10_000 || done == incidents) {
                    out.printf("  %,d of %,d incidents loaded (%,d rows)%n", done, incidents, rows);
                    out.flush();
                }
            });
            out.println(report.summary());
            out.flush();
            if (compareWithCopy) {
                compare(context.getBean(CopyBaseline.class), report, out);
            }
        }
        return 0;
    }

    private static void compare(CopyBaseline baseline, GenerationReport report, PrintWriter out) throws IOException {
        Path folder = Files.createTempDirectory("crimeledger-copy-baseline");
        try {
            CopyBaseline.Measurement copy = baseline.measure(folder);
            out.printf("PostgreSQL COPY of the same %,d rows: %.1f s: %,.0f rows/s%n", copy.rows(),
                    copy.elapsed().toMillis() / 1000.0, copy.rowsPerSecond());
            out.printf("generate-and-load / COPY = %.2f%n", report.rowsPerSecond() / copy.rowsPerSecond());
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    SyntheticForce force() {
        return DEFAULTS.withSeed(seed).withIncidents(incidents).withPeriod(start, days);
    }

    String[] springArguments() {
        List<String> arguments = new ArrayList<>(List.of("--crimeledger.demo.enabled=false"));
        if (reset) {
            arguments.add("--crimeledger.database.reset=true");
        }
        if (dataDirectory != null) {
            arguments.add("--crimeledger.database.data-directory=" + dataDirectory.toAbsolutePath());
        }
        return arguments.toArray(String[]::new);
    }
}

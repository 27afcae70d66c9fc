package org.crimeledger.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.SharedSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Same answers from both paths. The in-application path is the application itself ({@code crimeledger.jar}, as
 * built before this module) on a PostgreSQL server: it generates a synthetic force or imports the real
 * data.police.uk files, then writes its integrity report or its data-quality findings. The Spark path reads the
 * same data (the force's export; the files as published, and their export) in {@code local[2]}. The outputs must
 * be identical, line for line.
 */
class SameAnswersTests {

    static final Path JAR = Path.of("application/target/crimeledger.jar");
    static final Path REAL = Path.of("../shared/data/real/police-uk");
    static final Path WORK = Path.of("national/target/same-answers");

    static EmbeddedPostgres postgres;
    static SparkSession spark;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "Skipped: " + JAR + " is not built; `./mvnw verify` from the project's root "
                + "builds the application before this module (or run `./mvnw -pl application package -DskipTests`)");
        // a free port: several checkouts' builds may run this test at the same time on one machine
        postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        spark = NationalSpark.session("local[2]");
        Files.createDirectories(WORK);
    }

    @AfterAll
    static void stop() throws IOException {
        if (spark != null) {
            spark.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aGeneratedForceGivesTheSameIntegrityReportInTheApplicationAndOnSpark() throws Exception {
        String url = database("generated");
        Path work = clean(WORK.resolve("generated"));
        application(url, work.resolve("generate.log"), "generate", "--incidents", "4000", "--days", "730", "--start",
                "2024-11-01", "--seed", "7");
        application(url, work.resolve("integrity.log"), "integrity", "--month", "2026-10", "--output",
                work.resolve("application").toString());

        NationalExport.run(spark, url, user(), "DS", ZoneId.of("Europe/London"), LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 1, 1), work.resolve("export"));
        NationalRun.run(spark, List.of(work.resolve("export")), List.of(), null, YearMonth.of(2026, 10),
                work.resolve("spark"));

        for (String file : List.of("integrity-findings.csv", "integrity-teams.csv")) {
            List<String> application = Files.readAllLines(work.resolve("application").resolve(file));
            assertThat(application).as(file + " from the application").hasSizeGreaterThan(20);
            assertThat(Files.readAllLines(work.resolve("spark").resolve(file))).as(file + " from Spark")
                    .containsExactlyElementsOf(application);
        }
        assertThat(Files.readAllLines(work.resolve("application/integrity-findings.csv")))
                .as("tests with enough data to run").anyMatch(line -> line.contains(",FUNNEL,true,"))
                .as("domestic abuse closed as \"victim does not support\", tested on both paths")
                .anyMatch(line -> line.matches("DS,2026-10,VICTIM_DOES_NOT_SUPPORT,[A-Z-]+,FUNNEL,true,.*"))
                .as("the teams' comparison groups reached both paths (team_groups in the export)")
                .anyMatch(line -> line.contains("for the other response teams"))
                .anyMatch(line -> line.contains("for the rest of the force: no comparable"));
        assertThat(Files.readAllLines(work.resolve("application/integrity-teams.csv")))
                .as("outcomes of domestic abuse counted").anyMatch(line -> line.matches("DS,2026-10,VICTIM_DOES_NOT_SUPPORT,[A-Z-]+,\\d+,[1-9]\\d*,.*"));

        // the publication table: the application's SQL on PostgreSQL against Spark over the export
        String table = "with recorded_crime_facts as (" + NationalExport.withValues(SharedSql.load(PublicationJob.FACTS),
                NationalExport.values("DS", ZoneId.of("Europe/London"), LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)))
                + ")\n" + SharedSql.load(PublicationJob.TABLE).replace(":first", "1900").replace(":last", "2999");
        StringBuilder postgresTable = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, user());
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(table);
                CSVPrinter csv = new CSVPrinter(postgresTable, CSVFormat.DEFAULT.builder().setHeader(PublicationJob.HEADER).get())) {
            while (rows.next()) {
                csv.printRecord(rows.getString("force"), rows.getInt("fy"), rows.getString("code"), rows.getString("name"),
                        rows.getString("offence_group"), rows.getLong("crimes"));
            }
        }
        assertThat(postgresTable.toString().lines()).hasSizeGreaterThan(10);
        assertThat(Files.readAllLines(work.resolve("spark").resolve(PublicationJob.OUTPUT)))
                .containsExactlyElementsOf(postgresTable.toString().lines().toList());
    }

    @Test
    void theRealPoliceUkFilesGiveTheSameDataQualityFindingsInTheApplicationAndOnSpark() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "Skipped: the real data.police.uk files are not at " + REAL.toAbsolutePath().normalize());
        String url = database("real");
        Path work = clean(WORK.resolve("real"));
        List<String> files = realFiles();
        List<String> arguments = new ArrayList<>(List.of("import", "police-uk", "--no-progress"));
        arguments.addAll(files);
        application(url, work.resolve("import.log"), arguments.toArray(String[]::new));
        application(url, work.resolve("data-quality.log"), "data-quality", "--output",
                work.resolve("application.csv").toString());

        NationalExport.run(spark, url, user(), "DS", ZoneId.of("Europe/London"), LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 1, 1), work.resolve("export"));
        NationalRun.run(spark, List.of(), files.stream().map(Path::of).toList(), work.resolve("export/reference"), null,
                work.resolve("spark-csv"));
        NationalRun.run(spark, List.of(work.resolve("export")), List.of(), null, null, work.resolve("spark-parquet"));

        List<String> application = Files.readAllLines(work.resolve("application.csv"));
        assertThat(application).as("the application's findings")
                .anyMatch(line -> line.startsWith("Volume against neighbouring forces,Kent Police,2018-11,all-crime"))
                .anyMatch(line -> line.startsWith("Duplicate Crime ID,Kent Police"));
        assertThat(Files.readAllLines(work.resolve("spark-csv/quality-findings.csv"))).as("Spark over the files as published")
                .containsExactlyElementsOf(application);
        assertThat(Files.readAllLines(work.resolve("spark-parquet/quality-findings.csv"))).as("Spark over the export")
                .containsExactlyElementsOf(application);
    }

    /** Kent, its neighbours and City of London by default; every file with -Dcrimeledger.real-data=all. */
    static List<String> realFiles() throws IOException {
        boolean all = "all".equals(System.getProperty("crimeledger.real-data"));
        try (Stream<Path> walk = Files.walk(REAL)) {
            return walk.filter(Files::isRegularFile).map(Path::toString)
                    .filter(name -> name.contains("-street.csv") || name.contains("-outcomes.csv"))
                    .filter(name -> all || name.contains("/kent/") || name.contains("city-of-london/")
                            || name.matches(".*all-forces/.*-(essex|surrey|sussex|hampshire)-street.*"))
                    .sorted().toList();
        }
    }

    static String database(String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    static Properties user() {
        Properties user = new Properties();
        user.setProperty("user", "postgres");
        return user;
    }

    static Path clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }

    /** Runs the application's command line on the database; exit 0, or 3 for integrity with alerts. */
    static void application(String url, Path log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("crimeledger " + arguments[0] + " did not finish in 20 minutes; see " + log);
        }
        assertThat(process.exitValue()).as("exit of crimeledger " + arguments[0] + " (log " + log + ")").isIn(0, 3);
    }
}

package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.crimeledger.DatabaseTest;
import org.crimeledger.compliance.InterchangeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Stopping an extract import with kill -9 part-way and running it again ends with exactly the rows of one clean
 * import. The import runs as a separate JVM ({@code crimeledger import interchange}) against this test's database,
 * and is killed once its progress bar shows rows loading.
 */
@DatabaseTest
class KilledExtractImportTests {

    private static final int INCIDENTS = 150_000;
    private static final Pattern PROGRESS = Pattern.compile("\\] +\\d+% ([\\d,]+) rows");

    @Autowired
    InterchangeImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anExtractImportKilledMidwayLeavesNothingAndTheRerunLoadsEveryRowOnce(@TempDir Path folder) throws Exception {
        String run = write(folder, INCIDENTS);
        long importsBefore = imports();

        Process child = startImport(folder);
        long rowsSeen = waitForRowsLoading(child);
        assertThat(child.isAlive()).as("the import was still running when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(rowsSeen).isBetween(1L, 3L * INCIDENTS - 1);

        assertThat(imports()).as("nothing of the killed import is recorded").isEqualTo(importsBefore);
        assertThat(rowsOfRun("interchange_incident", "incident_ref", run)).as("nothing of it is visible").isZero();
        ExtractImport rerun = importer.importExtract(folder, "test", ImportProgress.NONE);
        ExtractImport again = importer.importExtract(folder, "test", ImportProgress.NONE);

        assertThat(rerun.status()).isEqualTo(ExtractImport.Status.LOADED);
        assertThat(rerun.rowsLoaded()).isEqualTo(3L * INCIDENTS);
        assertThat(again.status()).isEqualTo(ExtractImport.Status.ALREADY_IMPORTED);
        assertThat(rowsOfRun("interchange_incident", "incident_ref", run)).isEqualTo(INCIDENTS);
        assertThat(rowsOfRun("interchange_crime", "crime_ref", run)).isEqualTo(INCIDENTS);
        assertThat(rowsOfRun("interchange_victim", "incident_ref", run)).isEqualTo(INCIDENTS);
        assertThat(imports()).isEqualTo(importsBefore + 1);
    }

    private long imports() {
        return jdbc.sql("select count(*) from interchange_import").query(Long.class).single();
    }

    private long rowsOfRun(String table, String column, String run) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like :prefix")
                .param("prefix", run + "%").query(Long.class).single();
    }

    private Process startImport(Path folder) throws IOException, java.sql.SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.crimeledger.cli.Crimeledger",
                "import", "interchange", folder.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
        environment.put("SPRING_DATASOURCE_PASSWORD", hikari.getPassword() == null ? "" : hikari.getPassword());
        return builder.start();
    }

    private static long waitForRowsLoading(Process child) throws IOException {
        StringBuilder output = new StringBuilder();
        InputStream in = child.getInputStream();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            Matcher progress = PROGRESS.matcher(output);
            long rows = 0;
            while (progress.find()) {
                rows = Long.parseLong(progress.group(1).replace(",", ""));
            }
            if (rows > 0) {
                return rows;
            }
        }
        throw new AssertionError("The import ended before showing progress:\n" + output);
    }

    /** An extract of incidents, each with a victim and a crime, under references unique to this run. */
    static String write(Path folder, int incidents) throws IOException {
        String run = "K" + UUID.randomUUID().toString().substring(0, 8) + "-";
        try (Writer in = Files.newBufferedWriter(folder.resolve("incidents.csv"));
                Writer victims = Files.newBufferedWriter(folder.resolve("victims.csv"));
                Writer crimes = Files.newBufferedWriter(folder.resolve("crimes.csv"))) {
            in.write("incident_ref,received_at,crime_related,reporter_relation,reported_classification,closed_at\n");
            victims.write("victim_id,incident_ref,person_key,date_of_birth\n");
            crimes.write("crime_ref,incident_ref,classification,victim_ids,recorded_at,flags\n");
            for (int i = 0; i < incidents; i++) {
                String ref = run + i;
                in.write(ref + ",2026-03-02T10:00:00Z,true,VICTIM,,\n");
                victims.write("V1," + ref + ",P" + i + ",1980-05-01\n");
                crimes.write(run + i + "-C," + ref + ",56B,V1,2026-03-02T12:00:00Z,ONLINE\n");
            }
        }
        for (InterchangeFile file : InterchangeFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (!Files.exists(path)) {
                Files.writeString(path, String.join(",", file.columns().stream().map(InterchangeFile.Column::name)
                        .toList()) + "\n");
            }
        }
        return run;
    }
}

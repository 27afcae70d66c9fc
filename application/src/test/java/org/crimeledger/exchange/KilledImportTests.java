package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.crimeledger.DatabaseTest;
import org.crimeledger.exchange.FileImport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Stopping an import with kill -9 part-way and running it again ends with exactly the rows of one clean import.
 * The import runs as a separate JVM ({@code crimeledger import police-uk}) against this test's database, and is
 * killed once its progress bar shows rows loading.
 */
@DatabaseTest
class KilledImportTests {

    private static final int ROWS = 200_000;
    private static final Pattern PROGRESS = Pattern.compile("\\] +\\d+% ([\\d,]+) rows");

    @Autowired
    PoliceUkImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anImportKilledMidwayLeavesNothingAndTheRerunLoadsEveryRowOnce(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("2019-02-testshire-street.csv.gz");
        write(file, ROWS);
        long rowsBefore = streetRows();

        Process child = startImport(file);
        long rowsSeen = waitForRowsLoading(child);
        assertThat(child.isAlive()).as("the import was still running when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(rowsSeen).isBetween(1L, (long) ROWS - 1);

        assertThat(streetRows()).as("nothing of the killed import is visible").isEqualTo(rowsBefore);
        FileImport rerun = importer.importFiles(List.of(file), "test", ImportProgress.NONE).get(0);
        FileImport again = importer.importFiles(List.of(file), "test", ImportProgress.NONE).get(0);

        assertThat(rerun.status()).isEqualTo(Status.LOADED);
        assertThat(rerun.rowsLoaded()).isEqualTo(ROWS);
        assertThat(again.status()).isEqualTo(Status.ALREADY_IMPORTED);
        assertThat(streetRows()).as("exactly one clean import's rows").isEqualTo(rowsBefore + ROWS);
        assertThat(jdbc.sql("select count(*) from police_uk_import where file_name = :name and status <> 'rejected'")
                .param("name", file.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pg_class where relname ~ '^police_uk_(street_crime|outcome|stop_and_search)_[0-9]+$' "
                + "and relkind = 'r' and not relispartition").query(Long.class).single()).as("no table left unattached").isZero();
    }

    private long streetRows() {
        return jdbc.sql("select count(*) from police_uk_street_crime").query(Long.class).single();
    }

    private Process startImport(Path file) throws IOException, java.sql.SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.crimeledger.cli.Crimeledger",
                "import", "police-uk", file.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
        environment.put("SPRING_DATASOURCE_PASSWORD", hikari.getPassword() == null ? "" : hikari.getPassword());
        return builder.start();
    }

    /** Reads the child's output until its progress bar shows rows read, and returns how many. */
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

    /** A street file of unique rows (fresh Crime IDs each run, so a shared database never holds it already). */
    static void write(Path file, int rows) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String run = UUID.randomUUID().toString();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            out.write(String.join(",", PoliceUkFileKind.STREET.header()) + "\n");
            for (int i = 0; i < rows; i++) {
                String id = HexFormat.of().formatHex(sha256.digest((run + i).getBytes(StandardCharsets.UTF_8)));
                out.write(id + ",2019-02,Testshire Police,Testshire Police,-1." + (100000 + i % 900000)
                        + ",52.5,On or near High Street,E01000001,Testshire 001A,Burglary,"
                        + "Investigation complete; no suspect identified,\n");
            }
        }
    }
}

package org.crimeledger.synthetic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.crimeledger.synthetic.internal.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's yardstick: PostgreSQL's own {@code COPY} of the same rows into the same tables. Exports
 * every row of the synthetic force's tables to CSV files, then, in a transaction that is always rolled
 * back, empties the tables and loads the files back, one {@code COPY} per table, timed. The database ends as
 * it began. Benchmark only: it locks the tables exclusively while it runs.
 */
@Service
public class CopyBaseline {

    /** Rows loaded and the time PostgreSQL took. */
    public record Measurement(long rows, Duration elapsed) {

        public double rowsPerSecond() {
            return rows / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    CopyBaseline(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Measurement measure(Path folder) throws IOException {
        Files.createDirectories(folder);
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : Table.values()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file(folder, table)), 1 << 20)) {
                    rows += copy.copyOut(table.copyToStdout(), out);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not export the tables for the COPY baseline", e);
        }
        long exported = rows;
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (Statement truncate = connection.createStatement()) {
                truncate.execute("truncate table " + Arrays.stream(Table.values())
                        .map(Table::tableName).collect(Collectors.joining(", ")) + " cascade");
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                long started = System.nanoTime();
                for (Table table : Table.values()) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(file(folder, table)), 1 << 20)) {
                        copy.copyIn(table.copyFromStdin(), in);
                    }
                }
                return new Measurement(exported, Duration.ofNanos(System.nanoTime() - started));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("The COPY baseline failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private static Path file(Path folder, Table table) {
        return folder.resolve(table.tableName() + ".csv");
    }
}

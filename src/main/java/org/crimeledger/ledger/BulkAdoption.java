package org.crimeledger.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.crimeledger.security.Actor;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Ledgers rows that were bulk-loaded (the synthetic force, imports) in one pass: it streams every row of
 * a table that has no entry yet, chains an entry for each exactly as {@link Ledger#append} would, and
 * loads them with PostgreSQL's COPY, inside the caller's transaction, holding the head lock throughout.
 */
@Component
class BulkAdoption {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private final DataSource dataSource;
    private final Clock clock;

    BulkAdoption(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    long adopt(String table, Actor actor, String action) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Path entries = null;
        try {
            entries = Files.createTempFile("crimeledger-adopt-", ".csv");
            long[] sequence = new long[1];
            String[] lastHash = new String[1];
            try (Statement head = connection.createStatement();
                 ResultSet rs = head.executeQuery("select last_sequence, last_hash from ledger_head where id = 1 for update")) {
                rs.next();
                sequence[0] = rs.getLong(1);
                lastHash[0] = rs.getString(2);
            }
            long first = sequence[0];
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try (BufferedWriter out = Files.newBufferedWriter(entries, StandardCharsets.UTF_8);
                 PreparedStatement rows = connection.prepareStatement("select t.id::text, to_jsonb(t)::text from " + table
                         + " t where not exists (select 1 from ledger_entry e where e.record_type = ? and e.record_id = t.id::text)"
                         + " order by t.id")) {
                rows.setString(1, table);
                rows.setFetchSize(10_000);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        LedgerEntry entry = LedgerEntry.seal(++sequence[0], now, new LedgerAppend(actor.username(),
                                actor.role().name(), action, table, rs.getString(1), null, null, rs.getString(2)), lastHash[0]);
                        writeCsv(out, entry);
                        lastHash[0] = entry.hash();
                    }
                }
            }
            if (sequence[0] > first) {
                try (Reader in = Files.newBufferedReader(entries, StandardCharsets.UTF_8)) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy ledger_entry (sequence, recorded_at, actor, role, action, record_type, record_id, reason,
                                before, after, previous_hash, hash) from stdin (format csv)""", in);
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update ledger_head set last_sequence = ?, last_hash = ? where id = 1")) {
                    update.setLong(1, sequence[0]);
                    update.setString(2, lastHash[0]);
                    update.executeUpdate();
                }
            }
            return sequence[0] - first;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ledger the rows of " + table, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
            if (entries != null) {
                entries.toFile().delete();
            }
        }
    }

    private static void writeCsv(BufferedWriter out, LedgerEntry entry) throws IOException {
        out.write(Long.toString(entry.sequence()));
        out.write(',');
        out.write(TIMESTAMP.format(entry.recordedAt()));
        for (String value : new String[] {entry.actor(), entry.role(), entry.action(), entry.recordType(),
                entry.recordId(), entry.reason(), entry.before(), entry.after(), entry.previousHash(), entry.hash()}) {
            out.write(',');
            if (value != null) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }
}

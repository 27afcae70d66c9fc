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
 * loads them with PostgreSQL's COPY, inside the caller's transaction, on the transaction's lane of the
 * ledger: other writers carry on in the other lanes meanwhile.
 */
@Component
class BulkAdoption {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private final DataSource dataSource;
    private final Clock clock;
    private final LedgerLanes lanes;

    BulkAdoption(DataSource dataSource, Clock clock, LedgerLanes lanes) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.lanes = lanes;
    }

    long adopt(String table, Actor actor, String action) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Path entries = null;
        try {
            entries = Files.createTempFile("crimeledger-adopt-", ".csv");
            LedgerLane start = lanes.claim(0).lane();
            LedgerLane lane = start;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try (BufferedWriter out = Files.newBufferedWriter(entries, StandardCharsets.UTF_8);
                 PreparedStatement rows = connection.prepareStatement("select nextval('ledger_entry_sequence'), t.id::text,"
                         + " to_jsonb(t)::text from " + table + " t where not exists (select 1 from ledger_entry e"
                         + " where e.record_type = ? and e.record_id = t.id::text) order by t.id")) {
                rows.setString(1, table);
                rows.setFetchSize(10_000);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        LedgerEntry entry = LedgerEntry.seal(rs.getLong(1), now, new LedgerAppend(actor.username(),
                                actor.role().name(), action, table, rs.getString(2), null, null, rs.getString(3)),
                                lane.lastHash());
                        writeCsv(out, entry, lane);
                        lane = lane.after(entry);
                    }
                }
            }
            if (lane.lastLaneSequence() > start.lastLaneSequence()) {
                try (Reader in = Files.newBufferedReader(entries, StandardCharsets.UTF_8)) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy ledger_entry (sequence, recorded_at, actor, role, action, record_type, record_id, reason,
                                before, after, previous_hash, hash, lane, lane_sequence) from stdin (format csv)""", in);
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update ledger_lane set last_lane_sequence = ?, last_sequence = ?, last_hash = ? where lane = ?")) {
                    update.setLong(1, lane.lastLaneSequence());
                    update.setLong(2, lane.lastSequence());
                    update.setString(3, lane.lastHash());
                    update.setInt(4, lane.lane());
                    update.executeUpdate();
                }
                lanes.advanced(lane);
            }
            return lane.lastLaneSequence() - start.lastLaneSequence();
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

    /** One entry as a CSV line, followed by its lane and its place in the lane (the one after {@code before}). */
    private static void writeCsv(BufferedWriter out, LedgerEntry entry, LedgerLane before) throws IOException {
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
        out.write(',');
        out.write(Integer.toString(before.lane()));
        out.write(',');
        out.write(Long.toString(before.lastLaneSequence() + 1));
        out.write('\n');
    }
}

package org.crimeledger.ledger;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.crimeledger.database.Timestamps;
import org.crimeledger.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only history of every change to a record. Each entry is written in the same transaction as
 * the change it records, so neither can exist without the other, and carries the SHA-256 of its contents
 * and of the entry before it, so any later alteration shows (see {@link LedgerVerifier}).
 */
@Service
public class Ledger {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final BulkAdoption bulkAdoption;
    private final LedgerLanes lanes;

    Ledger(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, BulkAdoption bulkAdoption, LedgerLanes lanes) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.bulkAdoption = bulkAdoption;
        this.lanes = lanes;
    }

    /**
     * Appends one entry for every row of a table (record type = table name, key = {@code id}) that has
     * none yet, in id order: for rows loaded in bulk, such as the synthetic force, which would otherwise
     * show as "inserted without a ledger entry". Returns how many entries were appended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long adoptUnledgered(String recordType, Actor actor, String action) {
        if (!IDENTIFIER.matcher(recordType).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case table name: " + recordType);
        }
        return bulkAdoption.adopt(recordType, actor, action);
    }

    /**
     * Appends one entry inside the caller's transaction, which must exist, and returns it as stored. The
     * transaction's lane of the ledger stays locked until it ends (see {@link LedgerLanes}). Before and after
     * are stored as jsonb and hashed in PostgreSQL's canonical text of it, so the hash can be recomputed
     * from the stored entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(LedgerAppend change) {
        String[] canonical = jdbc.sql("select cast(:before as jsonb)::text as before, cast(:after as jsonb)::text as after")
                .param("before", change.before(), Types.VARCHAR)
                .param("after", change.after(), Types.VARCHAR)
                .query((rs, row) -> new String[] {rs.getString("before"), rs.getString("after")})
                .single();
        return chain(List.of(new LedgerAppend(change.actor(), change.role(), change.action(), change.recordType(),
                change.recordId(), change.reason(), canonical[0], canonical[1]))).get(0);
    }

    /**
     * Records a change to a row whose record type is its table's name and whose key is its {@code id}
     * column, taking the after-snapshot now. The entry is chained with the transaction's other recorded
     * changes just before it commits (see {@link PendingAppends}); if the transaction rolls back, so does
     * the entry, exactly as with {@link #append}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(LedgeredChange change) {
        recordChange(change, snapshot(change.table(), change.id()).orElse(null));
    }

    /**
     * {@link #recordChange(LedgeredChange)} for a statement that returned the row as it left it (see
     * {@link Snapshotted}): the same entry, one query fewer. The snapshot must be that statement's
     * {@code to_jsonb} of the row; the verifier compares it with the row as stored, so any other text shows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(LedgeredChange change, String after) {
        PendingAppends.add(new LedgerAppend(change.actor().username(), change.actor().role().name(), change.action(),
                change.table(), Long.toString(change.id()), change.reason(), change.before(), after), this::chain);
    }

    /**
     * Chains entries onto the transaction's lane in three statements whatever their number: take the lane
     * with fresh sequence numbers, insert the sealed entries as one batch, move the lane's end. Their before
     * and after are already PostgreSQL's canonical text.
     */
    private List<LedgerEntry> chain(List<LedgerAppend> changes) {
        LedgerLanes.Claim claim = lanes.claim(changes.size());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LedgerLane start = claim.lane();
        LedgerLane lane = start;
        List<LedgerEntry> entries = new ArrayList<>(changes.size());
        long[] laneSequence = {start.lastLaneSequence()};
        for (LedgerAppend change : changes) {
            LedgerEntry entry = LedgerEntry.seal(claim.sequences()[entries.size()], now, change, lane.lastHash());
            entries.add(entry);
            lane = lane.after(entry);
        }
        jdbcTemplate.batchUpdate("""
                insert into ledger_entry (sequence, recorded_at, actor, role, action, record_type, record_id, reason,
                    before, after, previous_hash, hash, lane, lane_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)""", entries, entries.size(),
                (statement, entry) -> {
                    statement.setLong(1, entry.sequence());
                    statement.setObject(2, Timestamps.of(entry.recordedAt()));
                    statement.setString(3, entry.actor());
                    statement.setString(4, entry.role());
                    statement.setString(5, entry.action());
                    statement.setString(6, entry.recordType());
                    statement.setString(7, entry.recordId());
                    statement.setString(8, entry.reason());
                    statement.setString(9, entry.before());
                    statement.setString(10, entry.after());
                    statement.setString(11, entry.previousHash());
                    statement.setString(12, entry.hash());
                    statement.setInt(13, start.lane());
                    statement.setLong(14, ++laneSequence[0]);
                });
        jdbc.sql("""
                update ledger_lane set last_lane_sequence = :laneSequence, last_sequence = :sequence, last_hash = :hash
                where lane = :lane""")
                .param("laneSequence", lane.lastLaneSequence()).param("sequence", lane.lastSequence())
                .param("hash", lane.lastHash()).param("lane", lane.lane())
                .update();
        lanes.advanced(lane);
        return entries;
    }

    /**
     * The row as canonical JSON (PostgreSQL's {@code to_jsonb(row)::text}), the form {@code before} and
     * {@code after} take everywhere and the form {@link RecordSnapshots} compares against.
     */
    public Optional<String> snapshot(String table, String idColumn, Object id) {
        return jdbc.sql("select to_jsonb(snapshot_row)::text from " + identifier(table) + " snapshot_row where "
                        + identifier(idColumn) + " = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** {@link #snapshot(String, String, Object)} of a table keyed by its {@code id} column. */
    public Optional<String> snapshot(String table, long id) {
        return snapshot(table, "id", id);
    }

    /** The most recent entries, newest first. */
    public List<LedgerEntry> latest(int limit) {
        return jdbc.sql("select " + LedgerEntry.COLUMNS + " from ledger_entry order by sequence desc limit :limit")
                .param("limit", limit)
                .query(LedgerEntry::read)
                .list();
    }

    /** Every entry about one record, oldest first: its history. */
    public List<LedgerEntry> history(String recordType, String recordId) {
        return jdbc.sql("select " + LedgerEntry.COLUMNS + " from ledger_entry "
                        + "where record_type = :recordType and record_id = :recordId order by sequence")
                .param("recordType", recordType).param("recordId", recordId)
                .query(LedgerEntry::read)
                .list();
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL name: " + name);
        }
        return '"' + name + '"';
    }

}

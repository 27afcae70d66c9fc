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
    private final Clock clock;
    private final BulkAdoption bulkAdoption;
    private final LedgerLanes lanes;

    Ledger(JdbcClient jdbc, Clock clock, BulkAdoption bulkAdoption, LedgerLanes lanes) {
        this.jdbc = jdbc;
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
     * Chains entries onto the transaction's lane in two statements whatever their number: take the lane with
     * fresh sequence numbers, then insert the sealed entries and move the lane's end in one statement. Their
     * before and after are already PostgreSQL's canonical text.
     */
    private List<LedgerEntry> chain(List<LedgerAppend> changes) {
        LedgerLanes.Claim claim = lanes.claim(changes.size());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LedgerLane start = claim.lane();
        LedgerLane lane = start;
        List<LedgerEntry> entries = new ArrayList<>(changes.size());
        for (LedgerAppend change : changes) {
            LedgerEntry entry = LedgerEntry.seal(claim.sequences()[entries.size()], now, change, lane.lastHash());
            entries.add(entry);
            lane = lane.after(entry);
        }
        int inserted = jdbc.sql("""
                with appended as (
                    insert into ledger_entry (sequence, recorded_at, actor, role, action, record_type, record_id, reason,
                        before, after, previous_hash, hash, lane, lane_sequence)
                    select e.sequence, :recordedAt, e.actor, e.role, e.action, e.record_type, e.record_id, e.reason,
                        cast(e.before as jsonb), cast(e.after as jsonb), e.previous_hash, e.hash, :lane,
                        :firstLaneSequence + e.position - 1
                    from unnest(cast(:sequences as bigint[]), cast(:actors as text[]), cast(:roles as text[]),
                        cast(:actions as text[]), cast(:recordTypes as text[]), cast(:recordIds as text[]),
                        cast(:reasons as text[]), cast(:befores as text[]), cast(:afters as text[]),
                        cast(:previousHashes as text[]), cast(:hashes as text[])) with ordinality
                        as e (sequence, actor, role, action, record_type, record_id, reason, before, after, previous_hash,
                              hash, position)
                    returning 1)
                update ledger_lane set last_lane_sequence = :laneSequence, last_sequence = :sequence, last_hash = :hash
                where lane = :lane and (select count(*) from appended) = :count""")
                .param("recordedAt", Timestamps.of(now))
                .param("sequences", entries.stream().map(LedgerEntry::sequence).toArray(Long[]::new))
                .param("actors", column(entries, LedgerEntry::actor))
                .param("roles", column(entries, LedgerEntry::role))
                .param("actions", column(entries, LedgerEntry::action))
                .param("recordTypes", column(entries, LedgerEntry::recordType))
                .param("recordIds", column(entries, LedgerEntry::recordId))
                .param("reasons", column(entries, LedgerEntry::reason))
                .param("befores", column(entries, LedgerEntry::before))
                .param("afters", column(entries, LedgerEntry::after))
                .param("previousHashes", column(entries, LedgerEntry::previousHash))
                .param("hashes", column(entries, LedgerEntry::hash))
                .param("firstLaneSequence", start.lastLaneSequence() + 1)
                .param("count", entries.size())
                .param("laneSequence", lane.lastLaneSequence()).param("sequence", lane.lastSequence())
                .param("hash", lane.lastHash()).param("lane", lane.lane())
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("Lane " + lane.lane() + " of the ledger did not take " + entries.size()
                    + " entries");
        }
        lanes.advanced(lane);
        return entries;
    }

    private static String[] column(List<LedgerEntry> entries, java.util.function.Function<LedgerEntry, String> field) {
        return entries.stream().map(field).toArray(String[]::new);
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

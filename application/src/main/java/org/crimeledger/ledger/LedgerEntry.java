package org.crimeledger.ledger;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One entry of the ledger as stored: the change, where it sits in the chain, and its hash.
 *
 * @param sequence its name in the ledger: unique and rising with time, though numbers may be skipped (each
 *        lane of the ledger numbers its own entries without gaps; see {@link LedgerLanes})
 * @param recordedAt when it was appended, to the microsecond (what PostgreSQL keeps)
 * @param before the record before the change, as PostgreSQL's canonical jsonb text, or null
 * @param after the record after the change, as PostgreSQL's canonical jsonb text, or null
 * @param previousHash the hash of the entry before, or 64 zeros for the first entry
 * @param hash the SHA-256 of this entry's contents and {@code previousHash}, in lower-case hex
 */
public record LedgerEntry(long sequence, Instant recordedAt, String actor, String role, String action,
        String recordType, String recordId, String reason, String before, String after,
        String previousHash, String hash) {

    /** The columns every query of entries selects, jsonb as its canonical text, so hashes are computed the same way. */
    static final String COLUMNS = "sequence, recorded_at, actor, role, action, record_type, record_id, reason, "
            + "before::text as before, after::text as after, previous_hash, hash";

    static LedgerEntry seal(long sequence, Instant recordedAt, LedgerAppend change, String previousHash) {
        LedgerEntry unsealed = new LedgerEntry(sequence, recordedAt, change.actor(), change.role(), change.action(),
                change.recordType(), change.recordId(), change.reason(), change.before(), change.after(),
                previousHash, null);
        return unsealed.withHash(EntryHash.of(unsealed));
    }

    static LedgerEntry read(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("sequence"), instant(rs, "recorded_at"), rs.getString("actor"),
                rs.getString("role"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("reason"), rs.getString("before"), rs.getString("after"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    /** Whether the stored hash still matches the contents; false once anything in the entry was altered. */
    public boolean hashMatchesContents() {
        return EntryHash.of(this).equals(hash);
    }

    /** The first twelve hex digits: enough for a person to compare two entries by eye. */
    public String shortHash() {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    private LedgerEntry withHash(String newHash) {
        return new LedgerEntry(sequence, recordedAt, actor, role, action, recordType, recordId, reason, before, after,
                previousHash, newHash);
    }
}

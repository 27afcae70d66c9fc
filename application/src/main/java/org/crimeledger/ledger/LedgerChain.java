package org.crimeledger.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crimeledger.ledger.LedgerVerification.BrokenEntry;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks every lane of the ledger from its first entry to its end, recomputing each hash and checking that
 * each entry follows the one before it in its lane, then compares the lane's end with what its row in
 * {@code ledger_lane} records. Entries are streamed a batch at a time, never held in memory, so a ledger of
 * millions of entries is checked in constant space; the streaming needs the caller's transaction, which
 * keeps PostgreSQL's cursor open. Of the faults found (at most one a lane), the earliest entry is named.
 */
@Component
class LedgerChain {

    record Walk(long entriesChecked, BrokenEntry brokenEntry) {
    }

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    LedgerChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Walk walk() {
        Map<Integer, LedgerLane> heads = new HashMap<>();
        jdbc.sql("select lane, last_lane_sequence, last_sequence, last_hash from ledger_lane")
                .query((rs, row) -> {
                    long last = rs.getLong("last_sequence");
                    Long lastSequence = rs.wasNull() ? null : last;
                    return new LedgerLane(rs.getInt("lane"), rs.getLong("last_lane_sequence"), lastSequence,
                            rs.getString("last_hash"));
                })
                .list().forEach(head -> heads.put(head.lane(), head));
        return jdbc.sql("select lane, lane_sequence, " + LedgerEntry.COLUMNS + " from ledger_entry order by lane, lane_sequence")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSetExtractor<Walk>) rs -> walk(rs, heads));
    }

    private static Walk walk(ResultSet rs, Map<Integer, LedgerLane> heads) throws SQLException {
        Map<Integer, BrokenEntry> faults = new TreeMap<>();
        Map<Integer, Position> ends = new HashMap<>();
        long checked = 0;
        while (rs.next()) {
            int lane = rs.getInt("lane");
            checked++;
            if (faults.containsKey(lane)) {
                continue;
            }
            Position position = new Position(rs.getLong("lane_sequence"), LedgerEntry.read(rs, (int) checked));
            BrokenEntry broken = fault(lane, position, ends.get(lane), heads.get(lane));
            if (broken != null) {
                faults.put(lane, broken);
            } else {
                ends.put(lane, position);
            }
        }
        for (LedgerLane head : heads.values()) {
            if (!faults.containsKey(head.lane())) {
                BrokenEntry broken = endFault(head, ends.get(head.lane()));
                if (broken != null) {
                    faults.put(head.lane(), broken);
                }
            }
        }
        BrokenEntry first = faults.values().stream()
                .min(Comparator.comparingLong(BrokenEntry::sequence)).orElse(null);
        return new Walk(checked, first);
    }

    /** An entry and its place in its lane. */
    private record Position(long laneSequence, LedgerEntry entry) {
    }

    private static BrokenEntry fault(int lane, Position position, Position previous, LedgerLane head) {
        LedgerEntry entry = position.entry();
        if (head == null) {
            return broken(entry, "it is in lane " + lane + ", which the ledger does not have: it was added outside the ledger");
        }
        long expected = previous == null ? 1 : previous.laneSequence() + 1;
        if (position.laneSequence() != expected) {
            return broken(entry, previous == null
                    ? "the entries before it are missing: lane " + lane + " starts at its entry " + position.laneSequence()
                    : "the entry before it is missing: lane " + lane + " goes from entry "
                            + previous.entry().sequence() + " straight to this one");
        }
        if (position.laneSequence() > head.lastLaneSequence()) {
            return broken(entry, "it was added outside the ledger: the head of lane " + lane + " ends at its entry "
                    + head.lastLaneSequence() + (head.lastSequence() == null ? "" : " (entry " + head.lastSequence() + ")"));
        }
        if (!entry.hashMatchesContents()) {
            return broken(entry, "its contents no longer match its hash, so it was altered after it was written");
        }
        String previousHash = previous == null ? EntryHash.GENESIS : previous.entry().hash();
        if (!entry.previousHash().equals(previousHash)) {
            return broken(entry, previous == null
                    ? "it is the first entry of lane " + lane + " but does not start from the genesis hash"
                    : "it no longer links to entry " + previous.entry().sequence()
                            + ", whose hash has changed since: entry " + previous.entry().sequence() + " was rewritten");
        }
        return null;
    }

    private static BrokenEntry endFault(LedgerLane head, Position last) {
        long lastLaneSequence = last == null ? 0 : last.laneSequence();
        if (head.lastLaneSequence() > lastLaneSequence) {
            long missing = head.lastSequence() == null ? 0 : head.lastSequence();
            return new BrokenEntry(missing, null, null, "it is missing: the head of lane " + head.lane() + " records "
                    + head.lastLaneSequence() + " entries ending at entry " + missing + " but the lane ends "
                    + (last == null ? "before its first entry" : "at entry " + last.entry().sequence())
                    + ", so entries were removed from the end");
        }
        if (last == null) {
            return null;
        }
        if (!head.lastHash().equals(last.entry().hash()) || !Optional.ofNullable(head.lastSequence())
                .equals(Optional.of(last.entry().sequence()))) {
            return broken(last.entry(), "it differs from the last entry the head of lane " + head.lane()
                    + " recorded, so it was replaced");
        }
        return null;
    }

    private static BrokenEntry broken(LedgerEntry entry, String problem) {
        return new BrokenEntry(entry.sequence(), entry.recordType(), entry.recordId(), problem);
    }
}

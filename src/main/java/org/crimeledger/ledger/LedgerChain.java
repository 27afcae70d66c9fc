package org.crimeledger.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.crimeledger.ledger.LedgerVerification.BrokenEntry;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from the first entry to the head, recomputing each hash. Entries are streamed a batch
 * at a time, never held in memory, so a ledger of millions of entries is checked in constant space; the
 * streaming needs the caller's transaction, which keeps PostgreSQL's cursor open.
 */
@Component
class LedgerChain {

    record Walk(long entriesChecked, BrokenEntry brokenEntry) {
    }

    private record Head(long lastSequence, String lastHash) {
    }

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    LedgerChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Walk walk() {
        Optional<Head> head = jdbc.sql("select last_sequence, last_hash from ledger_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong("last_sequence"), rs.getString("last_hash")))
                .optional();
        return jdbc.sql("select " + LedgerEntry.COLUMNS + " from ledger_entry order by sequence")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSetExtractor<Walk>) rs -> walk(rs, head));
    }

    private static Walk walk(ResultSet rs, Optional<Head> head) throws SQLException {
        long checked = 0;
        LedgerEntry last = null;
        while (rs.next()) {
            LedgerEntry entry = LedgerEntry.read(rs, (int) checked);
            checked++;
            BrokenEntry broken = fault(entry, last);
            if (broken != null) {
                return new Walk(checked, broken);
            }
            last = entry;
        }
        return new Walk(checked, headFault(head, last));
    }

    private static BrokenEntry fault(LedgerEntry entry, LedgerEntry previous) {
        long expected = previous == null ? 1 : previous.sequence() + 1;
        if (entry.sequence() != expected) {
            return new BrokenEntry(expected, null, null, previous == null
                    ? "it is missing: the ledger starts at entry " + entry.sequence()
                    : "it is missing: the ledger goes from entry " + previous.sequence() + " to entry " + entry.sequence());
        }
        if (!entry.hashMatchesContents()) {
            return broken(entry, "its contents no longer match its hash, so it was altered after it was written");
        }
        String previousHash = previous == null ? EntryHash.GENESIS : previous.hash();
        if (!entry.previousHash().equals(previousHash)) {
            return broken(entry, previous == null
                    ? "it is the first entry but does not start from the genesis hash"
                    : "it no longer links to entry " + previous.sequence()
                            + ", whose hash has changed since: entry " + previous.sequence() + " was rewritten");
        }
        return null;
    }

    private static BrokenEntry headFault(Optional<Head> found, LedgerEntry last) {
        long lastSequence = last == null ? 0 : last.sequence();
        String lastHash = last == null ? EntryHash.GENESIS : last.hash();
        if (found.isEmpty()) {
            return new BrokenEntry(lastSequence, null, null, "the ledger head, which records the last entry, is missing");
        }
        Head head = found.get();
        if (head.lastSequence() > lastSequence) {
            return new BrokenEntry(lastSequence + 1, null, null, "it is missing: the ledger head records "
                    + head.lastSequence() + " entries but the ledger ends at entry " + lastSequence
                    + ", so entries were removed from the end");
        }
        if (head.lastSequence() < lastSequence) {
            return new BrokenEntry(head.lastSequence() + 1, null, null, "it was added outside the ledger: the ledger "
                    + "head ends at entry " + head.lastSequence() + " but entries continue to " + lastSequence);
        }
        if (!head.lastHash().equals(lastHash)) {
            return broken(last, "its hash differs from the one the ledger head recorded, so it was replaced");
        }
        return null;
    }

    private static BrokenEntry broken(LedgerEntry entry, String problem) {
        return new BrokenEntry(entry.sequence(), entry.recordType(), entry.recordId(), problem);
    }
}

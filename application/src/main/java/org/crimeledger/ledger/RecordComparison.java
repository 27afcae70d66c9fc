package org.crimeledger.ledger;

import java.util.List;

import org.crimeledger.ledger.LedgerVerification.RecordFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares, in one SQL statement per record type, each record's current state with the {@code after} of
 * its latest entry. A full outer join finds all three ways around the ledger: a record changed, deleted
 * or inserted without an entry (and one restored after the ledger recorded its removal).
 */
@Component
class RecordComparison {

    record Findings(List<RecordFinding> listed, long total) {
    }

    static final int LISTED_PER_TYPE = 100;

    private static final String COMPARISON = """
            with latest as (
                select distinct on (record_id) record_id, sequence, after
                from ledger_entry where record_type = :recordType
                order by record_id desc, sequence desc
            ), current_state as (
            %s
            )
            select coalesce(l.record_id, c.record_id) as record_id, l.sequence, l.after is null as removed_in_ledger,
                   c.record_id is not null as exists_now, count(*) over () as total
            from latest l full outer join current_state c on c.record_id = l.record_id
            where l.after is distinct from c.state
            order by l.sequence nulls last, 1
            limit :limit""";

    private final JdbcClient jdbc;

    RecordComparison(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Findings compare(RecordSnapshots snapshots) {
        long[] total = {0};
        List<RecordFinding> listed = jdbc.sql(COMPARISON.formatted(snapshots.currentStateSql()))
                .param("recordType", snapshots.recordType())
                .param("limit", LISTED_PER_TYPE)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    Long sequence = rs.getObject("sequence", Long.class);
                    return new RecordFinding(snapshots.recordType(), rs.getString("record_id"), sequence,
                            problem(sequence, rs.getBoolean("removed_in_ledger"), rs.getBoolean("exists_now")));
                })
                .list();
        return new Findings(listed, total[0]);
    }

    private static String problem(Long sequence, boolean removedInLedger, boolean existsNow) {
        if (sequence == null) {
            return "exists, but no ledger entry records it: it was inserted without one";
        }
        if (!existsNow) {
            return "no longer exists, but entry " + sequence + " records it: it was deleted without a ledger entry";
        }
        if (removedInLedger) {
            return "exists, but entry " + sequence + " records its removal: it was restored without a ledger entry";
        }
        return "differs from entry " + sequence + ", its latest: it was changed without a ledger entry";
    }
}

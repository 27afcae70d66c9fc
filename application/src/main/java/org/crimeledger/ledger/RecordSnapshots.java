package org.crimeledger.ledger;

/**
 * What a module declares, as a bean, for each record type it writes to the ledger, so the
 * {@link LedgerVerifier} can prove the records are what their latest entries say: a row changed,
 * deleted or inserted without an entry is then found. Modules implement this; the ledger never
 * reads their tables by name.
 */
public interface RecordSnapshots {

    /** The {@code recordType} this module's entries carry, for example {@code crime}. */
    String recordType();

    /**
     * SQL returning one row per current record, with columns {@code record_id text} and
     * {@code state jsonb}, the state in the form {@link Ledger#snapshot} gives; for example
     * {@code select id::text as record_id, to_jsonb(c) as state from crime c}. It is used as a
     * subquery, so it must take no parameters and contain no {@code :name} or {@code ?}.
     */
    String currentStateSql();
}

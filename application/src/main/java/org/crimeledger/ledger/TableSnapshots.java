package org.crimeledger.ledger;

/**
 * {@link RecordSnapshots} for the common case: a table whose record type is its name and whose key is
 * its {@code id} column, snapshotted whole, as {@link Ledger#recordChange} writes it.
 */
public record TableSnapshots(String recordType) implements RecordSnapshots {

    public TableSnapshots {
        if (!recordType.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain lower-case table name: " + recordType);
        }
    }

    @Override
    public String currentStateSql() {
        return "select id::text as record_id, to_jsonb(t) as state from " + recordType + " t";
    }
}

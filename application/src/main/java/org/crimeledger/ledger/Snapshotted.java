package org.crimeledger.ledger;

import org.springframework.jdbc.core.RowMapper;

/**
 * A row as a statement wrote it, with its ledger snapshot taken by the same statement
 * ({@code returning *, to_jsonb(t)::text as ledger_snapshot}), to hand to
 * {@link Ledger#recordChange(LedgeredChange, String)} without reading the row again.
 */
public record Snapshotted<T>(T row, String snapshot) {

    /** The column the statement names its snapshot. */
    public static final String COLUMN = "ledger_snapshot";

    /** Reads the row with {@code rows} and its snapshot from {@link #COLUMN}. */
    public static <T> RowMapper<Snapshotted<T>> of(RowMapper<T> rows) {
        return (rs, rowNumber) -> new Snapshotted<>(rows.mapRow(rs, rowNumber), rs.getString(COLUMN));
    }

    /** Reads the generated {@code id} and the snapshot. */
    public static RowMapper<Snapshotted<Long>> ofId() {
        return (rs, rowNumber) -> new Snapshotted<>(rs.getLong("id"), rs.getString(COLUMN));
    }
}

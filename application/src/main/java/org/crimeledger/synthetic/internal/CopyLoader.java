package org.crimeledger.synthetic.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads chunks with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} on the transaction's own
 * connection, one {@code COPY} per table per chunk in foreign-key order, counting the rows of each table.
 */
public final class CopyLoader {

    private final CopyManager copyManager;
    private final long[] rows = new long[Table.values().length];

    public CopyLoader(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    public void load(Chunk chunk) throws SQLException {
        for (Table table : Table.values()) {
            Csv csv = chunk.rows(table);
            if (csv.rows() == 0) {
                continue;
            }
            CopyIn copy = copyManager.copyIn(table.copyFromStdin());
            try {
                copy.writeToCopy(csv.buffer(), 0, csv.length());
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            rows[table.ordinal()] += csv.rows();
        }
    }

    public long rows(Table table) {
        return rows[table.ordinal()];
    }
}

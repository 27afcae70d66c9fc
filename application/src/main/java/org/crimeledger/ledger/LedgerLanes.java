package org.crimeledger.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands each transaction a lane of the ledger to append to. The first free lane is taken
 * ({@code for update skip locked}), so a lone writer always extends lane 1 and concurrent writers spread
 * over the others instead of queueing; only when every lane is busy does a writer wait, for a random one.
 * The lane stays locked, and the same for every append, until the transaction ends.
 */
@Component
class LedgerLanes {

    private static final Object KEY = LedgerLanes.class;

    private static final String FREE_LANE = """
            with taken as (
                select lane, last_lane_sequence, last_sequence, last_hash from ledger_lane
                order by lane limit 1 for update skip locked)
            select taken.*, array(select nextval('ledger_entry_sequence') from generate_series(1, ?)) as sequences
            from taken""";

    private static final String BUSY_LANE = """
            with taken as (
                select lane, last_lane_sequence, last_sequence, last_hash from ledger_lane where lane = ? for update)
            select taken.*, array(select nextval('ledger_entry_sequence') from generate_series(1, ?)) as sequences
            from taken""";

    private static final String NEXT_SEQUENCES = "select array(select nextval('ledger_entry_sequence') from generate_series(1, ?))";

    private final DataSource dataSource;

    LedgerLanes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A lane with its next {@code count} ledger-wide sequence numbers, in one round trip. */
    record Claim(LedgerLane lane, long[] sequences) {
    }

    /**
     * The transaction's lane, locked (taking one on first use), and {@code count} fresh sequence numbers
     * for the entries about to be appended to it.
     */
    Claim claim(int count) {
        Holder held = (Holder) TransactionSynchronizationManager.getResource(KEY);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (held != null) {
                return new Claim(held.lane, nextSequences(connection, count));
            }
            Claim claim = lock(connection, FREE_LANE, count);
            if (claim == null) {
                claim = lock(connection, BUSY_LANE, ThreadLocalRandom.current().nextInt(1, LedgerLane.COUNT + 1), count);
            }
            Holder holder = new Holder(claim.lane());
            TransactionSynchronizationManager.bindResource(KEY, holder);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            return claim;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a lane of the ledger", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Records that the transaction's lane now ends at {@code lane}, once its entries are inserted. */
    void advanced(LedgerLane lane) {
        ((Holder) TransactionSynchronizationManager.getResource(KEY)).lane = lane;
    }

    private static Claim lock(Connection connection, String sql, int... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setInt(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long last = rs.getLong("last_sequence");
                Long lastSequence = rs.wasNull() ? null : last;
                LedgerLane lane = new LedgerLane(rs.getInt("lane"), rs.getLong("last_lane_sequence"), lastSequence,
                        rs.getString("last_hash"));
                return new Claim(lane, longs(rs.getArray("sequences")));
            }
        }
    }

    private static long[] nextSequences(Connection connection, int count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEXT_SEQUENCES)) {
            statement.setInt(1, count);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return longs(rs.getArray(1));
            }
        }
    }

    private static long[] longs(Array array) throws SQLException {
        Long[] values = (Long[]) array.getArray();
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static final class Holder {
        private LedgerLane lane;

        private Holder(LedgerLane lane) {
            this.lane = lane;
        }
    }
}

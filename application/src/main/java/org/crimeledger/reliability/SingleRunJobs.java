package org.crimeledger.reliability;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Runs a scheduled job once across every instance sharing the database. A PostgreSQL session advisory lock,
 * held on a connection of its own for the whole run, keeps two instances from running the job at once (the
 * server drops the lock when the holder's connection dies, so a killed instance never leaves it stuck); the
 * table {@code scheduled_job_run} records the slots already finished, so an instance whose timer fires a
 * little later skips a slot another has done. A run that died before finishing is run again at the next call.
 */
@Service
public class SingleRunJobs {

    private static final Logger log = LoggerFactory.getLogger(SingleRunJobs.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final DataSource dataSource;
    private final Clock clock;

    SingleRunJobs(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The slot a timer firing now belongs to: the current minute, the same on every instance. */
    public Instant currentSlot() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Runs {@code work} for {@code job}'s {@code slot} unless another instance is running the job or has already
     * finished that slot; returns whether this call ran it.
     */
    public boolean runOnce(String job, Instant slot, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long key = lockKey(job);
            if (!advisory(connection, "select pg_try_advisory_lock(?)", key)) {
                log.info("Job {} for {} skipped: another instance is running it", job, slot);
                return false;
            }
            try {
                if (finished(connection, job, slot)) {
                    log.info("Job {} for {} skipped: already done", job, slot);
                    return false;
                }
                start(connection, job, slot);
                work.run();
                finish(connection, job, slot);
                return true;
            } finally {
                advisory(connection, "select pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Job " + job + " could not take its lock", e);
        }
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean finished(Connection connection, String job, Instant slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select finished_at is not null from scheduled_job_run where job = ? and slot = ?")) {
            statement.setString(1, job);
            statement.setTimestamp(2, Timestamp.from(slot));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void start(Connection connection, String job, Instant slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into scheduled_job_run (job, slot, instance, started_at) values (?, ?, ?, ?)
                on conflict (job, slot) do update set instance = excluded.instance, started_at = excluded.started_at""")) {
            statement.setString(1, job);
            statement.setTimestamp(2, Timestamp.from(slot));
            statement.setString(3, INSTANCE);
            statement.setTimestamp(4, Timestamp.from(clock.instant()));
            statement.executeUpdate();
        }
    }

    private void finish(Connection connection, String job, Instant slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update scheduled_job_run set finished_at = ? where job = ? and slot = ?")) {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, job);
            statement.setTimestamp(3, Timestamp.from(slot));
            statement.executeUpdate();
        }
    }

    /** A stable 64-bit advisory lock key per job name. */
    static long lockKey(String job) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("crimeledger-job:" + job)
                    .getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

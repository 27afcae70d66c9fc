package org.crimeledger.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of sign-in attempts and the lockouts they cause: every attempt is a row, a username that takes
 * {@link SignInPolicy#maxFailures()} wrong passwords within the window is locked, and an administrator can see
 * the lockouts and lift one early (the lifting is kept too).
 */
@Service
public class SignInAttempts {

    static final int USERNAME_KEPT = 100;
    static final int ADDRESS_KEPT = 64;

    /** One attempt as the administrators' page shows it. */
    public record Attempt(String username, Instant attemptedAt, String outcome, String remoteAddress) {
    }

    /** A lockout in force. */
    public record Lockout(long id, String username, Instant lockedAt, Instant lockedUntil, int failures) {
    }

    enum Outcome { SUCCEEDED, FAILED, REFUSED_LOCKED, REFUSED_THROTTLED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInPolicy policy;

    SignInAttempts(JdbcClient jdbc, Clock clock, SignInPolicy policy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
    }

    public SignInPolicy policy() {
        return policy;
    }

    /** Whether sign-in as this username is refused now, because of a lockout in force. */
    public boolean locked(String username) {
        return jdbc.sql("""
                select exists (select 1 from account_lockouts
                               where username = :username and unlocked_at is null and locked_until > :now)""")
                .param("username", kept(username, USERNAME_KEPT))
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    /** Whether this address has had too many wrong passwords, over any usernames, within the window. */
    boolean throttled(String remoteAddress) {
        if (remoteAddress == null) {
            return false;
        }
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                select count(*) from sign_in_attempts
                where remote_address = :address and outcome = 'FAILED' and attempted_at > :since""")
                .param("address", kept(remoteAddress, ADDRESS_KEPT))
                .param("since", now.minus(policy.window()).atOffset(java.time.ZoneOffset.UTC))
                .query(Integer.class).single();
        return failures >= policy.maxFailuresPerAddress();
    }

    /** Why an attempt is refused before its password is looked at, if it is. */
    enum Refusal { NONE, LOCKED, THROTTLED }

    /**
     * {@link #locked} and {@link #throttled} in one round trip: asked before every password check, so on every
     * HTTP Basic API request.
     */
    Refusal refusal(String username, String remoteAddress) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select exists (select 1 from account_lockouts
                               where username = :username and unlocked_at is null and locked_until > :now) as locked,
                       case when cast(:address as text) is null then 0
                            else (select count(*) from sign_in_attempts
                                  where remote_address = :address and outcome = 'FAILED' and attempted_at > :since)
                       end as failures""")
                .param("username", kept(username, USERNAME_KEPT))
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .param("address", kept(remoteAddress, ADDRESS_KEPT), java.sql.Types.VARCHAR)
                .param("since", now.minus(policy.window()).atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> rs.getBoolean("locked") ? Refusal.LOCKED
                        : rs.getLong("failures") >= policy.maxFailuresPerAddress() ? Refusal.THROTTLED : Refusal.NONE)
                .single();
    }

    void record(String username, Outcome outcome, String remoteAddress) {
        jdbc.sql("""
                insert into sign_in_attempts (username, attempted_at, outcome, remote_address)
                values (:username, :at, :outcome, :address)""")
                .param("username", kept(username, USERNAME_KEPT))
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("outcome", outcome.name())
                .param("address", kept(remoteAddress, ADDRESS_KEPT))
                .update();
    }

    /**
     * Records a wrong password and locks the username when it is the {@code maxFailures}-th within the window
     * since its last successful sign-in or lifted lockout. Returns whether this failure locked it.
     */
    @Transactional
    boolean failed(String username, String remoteAddress) {
        record(username, Outcome.FAILED, remoteAddress);
        String name = kept(username, USERNAME_KEPT);
        Instant now = clock.instant();
        // One lockout at a time per username, even when failures arrive together on several instances.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('sign-in:' || :username))").param("username", name)
                .query(Object.class).single();
        if (locked(name)) {
            return false;
        }
        int failures = jdbc.sql("""
                select count(*) from sign_in_attempts
                where username = :username and outcome = 'FAILED' and attempted_at > greatest(:since,
                    coalesce((select max(attempted_at) from sign_in_attempts
                              where username = :username and outcome = 'SUCCEEDED'), '-infinity'),
                    coalesce((select max(coalesce(unlocked_at, locked_until))
                              from account_lockouts where username = :username), '-infinity'))""")
                .param("username", name)
                .param("since", now.minus(policy.window()).atOffset(java.time.ZoneOffset.UTC))
                .query(Integer.class).single();
        if (failures < policy.maxFailures()) {
            return false;
        }
        jdbc.sql("""
                insert into account_lockouts (username, locked_at, locked_until, failures)
                values (:username, :at, :until, :failures)""")
                .param("username", name)
                .param("at", now.atOffset(java.time.ZoneOffset.UTC))
                .param("until", now.plus(policy.lockFor()).atOffset(java.time.ZoneOffset.UTC))
                .param("failures", failures)
                .update();
        return true;
    }

    /** The lockouts in force now, newest first. */
    public List<Lockout> lockouts() {
        return jdbc.sql("""
                select id, username, locked_at, locked_until, failures from account_lockouts
                where unlocked_at is null and locked_until > :now order by locked_at desc""")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> new Lockout(rs.getLong("id"), rs.getString("username"),
                        rs.getTimestamp("locked_at").toInstant(), rs.getTimestamp("locked_until").toInstant(),
                        rs.getInt("failures")))
                .list();
    }

    /** The latest refused attempts (wrong passwords and refusals while locked or throttled), newest first. */
    public List<Attempt> recentFailures(int limit) {
        return jdbc.sql("""
                select username, attempted_at, outcome, remote_address from sign_in_attempts
                where outcome <> 'SUCCEEDED' order by attempted_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Attempt(rs.getString("username"), rs.getTimestamp("attempted_at").toInstant(),
                        rs.getString("outcome"), rs.getString("remote_address")))
                .list();
    }

    /** Lifts a lockout early; returns whether one was in force. The administrator's name is kept with it. */
    @Transactional
    public boolean unlock(String username, String administrator) {
        return jdbc.sql("""
                update account_lockouts set unlocked_at = :now, unlocked_by = :administrator
                where username = :username and unlocked_at is null and locked_until > :now""")
                .param("username", kept(username, USERNAME_KEPT))
                .param("administrator", administrator)
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update() > 0;
    }

    static String kept(String text, int length) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace('\0', '?');
        return cleaned.length() <= length ? cleaned : cleaned.substring(0, length);
    }
}

package org.crimeledger.reliability.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of keyed API writes and their first responses; every call joins the caller's transaction. */
@Repository
class IdempotentRequests {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key. A concurrent claim of the same key waits here until the first one commits (and then
     * finds its row) or rolls back (and then claims it itself).
     */
    boolean claim(String principal, String key, byte[] requestSha256, String method, String path) {
        return jdbc.sql("""
                insert into idempotent_request (principal, idempotency_key, request_sha256, method, path, status, body,
                    created_at)
                values (:principal, :key, :sha, :method, :path, 0, '', :now)
                on conflict (principal, idempotency_key) do nothing""")
                .param("principal", principal).param("key", key).param("sha", requestSha256)
                .param("method", method).param("path", path).param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    Optional<StoredResponse> find(String principal, String key) {
        return jdbc.sql("""
                select request_sha256, status, content_type, location, body from idempotent_request
                where principal = :principal and idempotency_key = :key""")
                .param("principal", principal).param("key", key)
                .query((rs, row) -> new StoredResponse(rs.getBytes(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))
                .optional();
    }

    void complete(String principal, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                update idempotent_request set status = :status, content_type = :type, location = :location, body = :body
                where principal = :principal and idempotency_key = :key""")
                .param("status", status).param("type", contentType).param("location", location).param("body", body)
                .param("principal", principal).param("key", key).update();
    }

    int forgetOlderThan(Duration age) {
        return jdbc.sql("delete from idempotent_request where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(age))).update();
    }
}

package org.crimeledger.ledger;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.crimeledger.database.Timestamps;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of reads of a victim's personal details that the Data Protection Act 2018 s.62 requires:
 * who, when, which record and why. The module that discloses the details calls {@link #recordRead}
 * before it returns them.
 */
@Service
public class PersonalDataAccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Logs one read in a transaction of its own, so the record that someone looked survives even if the
     * reader's own transaction later rolls back. A read without a stated purpose is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PersonalDataAccess recordRead(String actor, String role, String recordType, String recordId,
            String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Purpose required", "purpose", purpose,
                    "Say why you need these personal details");
        }
        for (String required : new String[] {actor, role, recordType, recordId}) {
            if (required == null || required.isBlank()) {
                throw new IllegalArgumentException("A read of personal data needs its actor, role and record");
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("""
                insert into personal_data_access (accessed_at, actor, role, record_type, record_id, purpose)
                values (:accessedAt, :actor, :role, :recordType, :recordId, :purpose) returning id""")
                .param("accessedAt", Timestamps.of(now)).param("actor", actor).param("role", role)
                .param("recordType", recordType).param("recordId", recordId).param("purpose", purpose.strip())
                .query(Long.class)
                .single();
        return new PersonalDataAccess(id, now, actor, role, recordType, recordId, purpose.strip());
    }

    /** One record shown on a list: its type ({@code crime}, {@code incident}, {@code victim}, ...) and reference. */
    public record Shown(String recordType, String recordId) {
    }

    /**
     * Logs that one person was shown several records of one type at once (a page of search results, a list to work
     * from): {@link #recordShown} with every record of that type.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReads(String actor, String role, String recordType, Collection<String> recordIds,
            String purpose) {
        recordShown(actor, role, recordIds.stream().map(id -> new Shown(recordType, id)).toList(), purpose);
    }

    /**
     * Logs that one person was shown several records at once, of one type or several (a desk listing crimes and
     * incidents): one row per record, so every read of a record is found under that record, all with one time, in one
     * statement and one transaction of their own. A record listed twice is logged once. Nothing is written for an
     * empty list.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordShown(String actor, String role, Collection<Shown> shown, String purpose) {
        if (shown.isEmpty()) {
            return;
        }
        if (purpose == null || purpose.isBlank() || actor == null || actor.isBlank() || role == null
                || role.isBlank() || shown.stream().anyMatch(record -> record.recordType() == null
                        || record.recordType().isBlank() || record.recordId() == null || record.recordId().isBlank())) {
            throw new IllegalArgumentException("A read of personal data needs its actor, role, record and purpose");
        }
        List<Shown> once = List.copyOf(new LinkedHashSet<>(shown));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into personal_data_access (accessed_at, actor, role, record_type, record_id, purpose)
                select :accessedAt, :actor, :role, shown.type, shown.id, :purpose
                from unnest(cast(:types as text[]), cast(:ids as text[])) with ordinality as shown(type, id, n)
                order by shown.n""")
                .param("accessedAt", Timestamps.of(now)).param("actor", actor).param("role", role)
                .param("types", once.stream().map(Shown::recordType).toArray(String[]::new))
                .param("ids", once.stream().map(Shown::recordId).toArray(String[]::new))
                .param("purpose", purpose.strip()).update();
    }

    /** The most recent reads, newest first. */
    public List<PersonalDataAccess> recent(int limit) {
        return jdbc.sql("select * from personal_data_access order by accessed_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(PersonalDataAccessLog::read)
                .list();
    }

    /** Every read of one record, oldest first: what a subject access request or a complaint needs. */
    public List<PersonalDataAccess> readsOf(String recordType, String recordId) {
        return jdbc.sql("""
                select * from personal_data_access where record_type = :recordType and record_id = :recordId
                order by accessed_at, id""")
                .param("recordType", recordType).param("recordId", recordId)
                .query(PersonalDataAccessLog::read)
                .list();
    }

    private static PersonalDataAccess read(ResultSet rs, int row) throws SQLException {
        return new PersonalDataAccess(rs.getLong("id"), instant(rs, "accessed_at"), rs.getString("actor"),
                rs.getString("role"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("purpose"));
    }
}

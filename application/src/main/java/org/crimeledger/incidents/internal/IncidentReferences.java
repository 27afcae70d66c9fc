package org.crimeledger.incidents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable incident references such as {@code DS-20261126-00042}: the force's code, the local date
 * the report was received, and a number counting that day's reports. Each number is taken in its own
 * short transaction, so the day's counter row is locked for a moment rather than for a whole request;
 * a number whose incident then fails to save is not reused, so a day's numbers can have gaps.
 */
@Component
public class IncidentReferences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final ForceProperties force;

    IncidentReferences(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.force = force;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(Instant receivedAt) {
        LocalDate day = receivedAt.atZone(force.timeZone()).toLocalDate();
        int number = jdbc.sql("""
                insert into incident_reference_counter (day, last_number) values (:day, 1)
                on conflict (day) do update set last_number = incident_reference_counter.last_number + 1
                returning last_number""")
                .param("day", day)
                .query(Integer.class)
                .single();
        return String.format("%s-%s-%05d", force.code(), DAY.format(day), number);
    }
}

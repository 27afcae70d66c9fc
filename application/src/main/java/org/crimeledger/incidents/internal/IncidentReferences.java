package org.crimeledger.incidents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Component;

/**
 * Readable incident references such as {@code DS-20261126-00042}: the force's code, the local date the report was
 * received, and a number counting that day's reports. The number comes from the day's PostgreSQL sequence
 * (ADR 0024), taken by the statement that inserts the incident, inside its transaction: no row is locked for it. A
 * number whose incident then fails to save is not reused, so a day's numbers can have gaps.
 */
@Component
public class IncidentReferences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The reference in SQL, from the parameters {@code referencePrefix} and {@code referenceCounter}. */
    public static final String EXPRESSION = ":referencePrefix || reference_numbers.take(:referenceCounter, 5)";

    private final ForceProperties force;

    IncidentReferences(ForceProperties force) {
        this.force = force;
    }

    /** The fixed start of the references of reports received that day, such as {@code DS-20261126-}. */
    public String prefix(Instant receivedAt) {
        return force.code() + "-" + DAY.format(day(receivedAt)) + "-";
    }

    /** The counter of reports received that day. */
    public String counter(Instant receivedAt) {
        return "incident_" + DAY.format(day(receivedAt));
    }

    private LocalDate day(Instant receivedAt) {
        return receivedAt.atZone(force.timeZone()).toLocalDate();
    }
}

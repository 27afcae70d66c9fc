package org.crimeledger.recording.internal;

import java.time.Instant;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Component;

/**
 * Crime references such as {@code DS/2026/000123}: force code, year recorded, number within the year. The number
 * comes from the year's PostgreSQL sequence (ADR 0024), taken by the statement that inserts the crime, inside the
 * recording transaction: no row is locked and no transaction of its own is committed for it. A recording that fails
 * leaves its number unused, a gap the ledger shows never held a crime.
 */
@Component
public class CrimeReferences {

    private final ForceProperties force;

    CrimeReferences(ForceProperties force) {
        this.force = force;
    }

    /** The reference of the next crime recorded at {@code recordedAt}, as an SQL expression of its parameters. */
    public Numbering forRecordingAt(Instant recordedAt) {
        int year = recordedAt.atZone(force.timeZone()).getYear();
        return new Numbering(force.code() + "/" + year + "/", "crime_" + year);
    }

    /**
     * The reference's fixed start and the counter its number comes from; in SQL,
     * {@value #EXPRESSION}.
     */
    public record Numbering(String prefix, String counter) {

        public static final String EXPRESSION = ":referencePrefix || reference_numbers.take(:referenceCounter, 6)";
    }
}

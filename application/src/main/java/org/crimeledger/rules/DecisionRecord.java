package org.crimeledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * The crime-recording decision on an incident.
 *
 * @param kind CRIMES_RECORDED, NO_CRIME, N100 or TRANSFERRED
 * @param noCrimeReason for NO_CRIME, the reason code (see {@code no_crime_reason})
 * @param explanation the decider's explanation of why the standard was met
 * @param n100Subcode for N100, N100/01, N100/02 or N100/03; null while unresolved
 * @param transferForce for TRANSFERRED, the force the report went to
 */
public record DecisionRecord(String kind, String noCrimeReason, String explanation, String n100Subcode,
        String transferForce, Instant decidedAt) {

    public DecisionRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public boolean is(String decisionKind) {
        return kind.equals(decisionKind);
    }
}

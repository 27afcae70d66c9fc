package org.crimeledger.synthetic.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The crime-recording decision as the force made it.
 *
 * @param kind CRIMES_RECORDED, NO_CRIME, N100 or TRANSFERRED
 * @param note the officer's update and the explanation, with the no-crime reason or N100 sub-code
 * @param transferForce the force a TRANSFERRED decision passed the report to
 */
public record Decision(String kind, OfficerNotes.Note note, String transferForce, Instant decidedAt,
        Instant deadline, Duration limit, String decidedBy, String role) {

    public boolean recordsCrimes() {
        return kind.equals("CRIMES_RECORDED");
    }

    public long delaySeconds() {
        return Math.max(0, Duration.between(deadline, decidedAt).getSeconds());
    }
}

package org.crimeledger.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * A crime-recording decision as made: who decided, when, on what information, and whether it kept
 * to the time limit in force for the report (a late decision is a breach, kept with its delay).
 */
public record RecordingDecision(long incidentId, DecisionKind kind, String noCrimeReason, String n100Subcode,
        String transferForce, String explanation, String informationBasis, String decidedBy, String decidedRole,
        Instant decidedAt, Instant deadline, int limitHours, long delaySeconds) {

    public boolean breach() {
        return delaySeconds > 0;
    }

    public Duration delay() {
        return Duration.ofSeconds(delaySeconds);
    }
}

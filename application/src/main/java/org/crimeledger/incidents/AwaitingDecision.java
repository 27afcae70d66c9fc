package org.crimeledger.incidents;

import java.time.Instant;

/** A crime-related incident still waiting for its crime-recording decision. */
public record AwaitingDecision(long incidentId, String reference, Instant receivedAt, String openingType,
        String openingTypeName, String teamCode, String locationText, Instant decisionDueAt) {
}

package org.crimeledger.recording;

import java.time.Instant;

/**
 * A proposed or decided cancellation or transfer. The crime stays on the system either way.
 *
 * @param status PROPOSED, APPROVED or REJECTED
 */
public record Removal(long id, long crimeId, String cancellationClass, String explanation,
        String additionalInformation, String evidenceReference, String targetForce, String targetForceReference,
        String duplicateOfReference, Instant victimToldAt, String proposedBy, String proposedRole, Instant proposedAt,
        String status, String decidedBy, String decidedRole, Instant decidedAt, String decisionNote) {
}

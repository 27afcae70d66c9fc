package org.crimeledger.recording;

import java.time.Instant;

/**
 * A change of a crime's classification, with its reason and author (CRR26 p.13). A downgrade, to a
 * less serious class or out of its offence group, waits for a Force Crime Registrar or DDM decision.
 *
 * @param status PROPOSED, APPLIED or REJECTED
 */
public record Reclassification(long id, long crimeId, String fromCode, String toCode, boolean downgrade,
        String reason, String proposedBy, String proposedRole, Instant proposedAt, String status,
        String decidedBy, String decidedRole, Instant decidedAt, String decisionNote) {
}

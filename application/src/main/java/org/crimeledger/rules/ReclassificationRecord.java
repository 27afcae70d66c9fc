package org.crimeledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of a crime's classification.
 *
 * @param downgrade whether the new class is less serious
 * @param decidedBy who authorised it (FCR, DDM, SUPERVISOR, ...), or null when no one did
 * @param status PROPOSED, APPLIED or REJECTED
 */
public record ReclassificationRecord(String reference, String crimeReference, String fromCode, String toCode,
        boolean downgrade, String reason, String decidedBy, Instant decidedAt, String status) {

    public ReclassificationRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(crimeReference, "crimeReference");
        status = status == null ? "APPLIED" : status;
    }

    public boolean applied() {
        return "APPLIED".equals(status);
    }
}

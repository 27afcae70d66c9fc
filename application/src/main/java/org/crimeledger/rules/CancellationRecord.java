package org.crimeledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A cancellation or transfer of a recorded crime (classes C1 to C5), as decided.
 *
 * @param additionalInformation the additional verifiable information (AVI) relied on, or null
 * @param decidedBy who decided: FCR, DDM, SUPERVISOR, OFFICER or another role name; null while undecided
 * @param targetForce for C1, the receiving force
 * @param targetForceReference for C1, the receiving force's crime reference
 * @param duplicateOf for C3, the crime it duplicates
 * @param victimToldAt when the victim was told, or null
 * @param status PROPOSED, APPROVED or REJECTED
 */
public record CancellationRecord(String reference, String crimeReference, String cancellationClass,
        String additionalInformation, String decidedBy, String targetForce, String targetForceReference,
        String duplicateOf, Instant victimToldAt, Instant decidedAt, String status) {

    public CancellationRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(crimeReference, "crimeReference");
        Objects.requireNonNull(cancellationClass, "cancellationClass");
        status = status == null ? "APPROVED" : status;
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    public boolean of(String... classes) {
        for (String c : classes) {
            if (c.equals(cancellationClass)) {
                return true;
            }
        }
        return false;
    }
}

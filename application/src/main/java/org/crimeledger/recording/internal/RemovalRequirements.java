package org.crimeledger.recording.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.crimeledger.recording.RemovalProposal;
import org.crimeledger.standards.CancellationClass;
import org.crimeledger.standards.OffenceClassification;

/**
 * What each cancellation class needs on the record before a registrar may decide it, as the first
 * missing item (field and plain-English reason), or empty when the proposal is complete.
 */
public final class RemovalRequirements {

    /** C5 applies only to section 47 ABH (8N), assault on a constable (104) and assault without injury (105A). */
    static final Set<String> SELF_DEFENCE_CLASSES = Set.of("8N", "104", "105A");

    private RemovalRequirements() {
    }

    public record Missing(String field, String reason) {
    }

    public static Optional<Missing> firstMissing(CancellationClass cancellation, RemovalProposal proposal,
            OffenceClassification crimeClassification, Instant now) {
        if (cancellation == CancellationClass.C1 && blank(proposal.targetForce())) {
            return missing("targetForce", "A transfer (C1) needs the force where the crime happened");
        }
        if (cancellation == CancellationClass.C1 && blank(proposal.targetForceReference())) {
            return missing("targetForceReference",
                    "A transfer (C1) needs the receiving force's crime reference before the crime is removed");
        }
        if (cancellation == CancellationClass.C3 && blank(proposal.duplicateOfReference())) {
            return missing("duplicateOfReference", "A duplicate (C3) needs the reference of the crime it duplicates");
        }
        if (cancellation == CancellationClass.C5 && !SELF_DEFENCE_CLASSES.contains(crimeClassification.code())) {
            return missing("cancellationClass", "Self-defence (C5) applies only to 8N (s.47), 104 and 105A, not "
                    + crimeClassification.code());
        }
        if (cancellation.needsAdditionalVerifiableInformation() && blank(proposal.additionalInformation())) {
            return missing("additionalInformation", cancellation.name()
                    + " needs the additional verifiable information: when it arrived, where from, how it was verified");
        }
        if (cancellation.needsAdditionalVerifiableInformation() && blank(proposal.evidenceReference())) {
            return missing("evidenceReference", cancellation.name() + " needs a reference to the evidence");
        }
        if (cancellation.victimToldBeforeRemoval() && proposal.victimToldAt() == null) {
            return missing("victimToldAt", cancellation.name() + " needs the victim told before the crime is removed");
        }
        if (proposal.victimToldAt() != null && proposal.victimToldAt().isAfter(now)) {
            return missing("victimToldAt", "The victim cannot have been told in the future");
        }
        return Optional.empty();
    }

    private static Optional<Missing> missing(String field, String reason) {
        return Optional.of(new Missing(field, reason));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

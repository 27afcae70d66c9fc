package org.crimeledger.recording;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A proposal to cancel a recorded crime or transfer it to another force, with what its cancellation
 * class requires (CRR26 pp.25-26; OUT26 pp.26-30): additional verifiable information for C2 and C5,
 * the receiving force's reference for C1, the surviving crime for C3, and when the victim was told.
 */
public record RemovalProposal(
        @NotBlank(message = "Choose the cancellation class") String cancellationClass,
        @NotBlank(message = "Explain why the crime should be removed") @Size(max = 5000) String explanation,
        @Size(max = 5000) String additionalInformation,
        @Size(max = 200) String evidenceReference,
        @Size(max = 200) String targetForce,
        @Size(max = 100) String targetForceReference,
        @Size(max = 30) String duplicateOfReference,
        Instant victimToldAt) {
}

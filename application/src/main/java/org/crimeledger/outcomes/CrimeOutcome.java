package org.crimeledger.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * An outcome on a crime: applied (the crime is finalised), proposed while it waits for the authorisations
 * its policies need, or rejected by the person asked to authorise it.
 */
public record CrimeOutcome(long id, long crimeId, String crimeReference, String outcomeType, String outcomeName,
        Long suspectId, Integer previousOffences, String ticCaseReference, String reason,
        List<String> needsAuthorisation, String status, String proposedBy, String proposedRole, Instant proposedAt,
        Instant appliedAt, List<OutcomeAuthorisation> authorisations) {
}

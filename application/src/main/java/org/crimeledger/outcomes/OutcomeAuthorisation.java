package org.crimeledger.outcomes;

import java.time.Instant;

/** An authorisation given (or refused) under one policy, with its author. */
public record OutcomeAuthorisation(long id, long outcomeId, String policyCode, boolean granted, String authorisedBy,
        String authorisedRole, Instant authorisedAt, String note) {
}

package org.crimeledger.outcomes;

import java.util.List;

import org.crimeledger.security.Role;

/**
 * One row of {@code outcome_policy}: which outcome types it concerns, who may authorise them (none: the
 * policy is a condition to meet, not an authorisation to get) and its threshold, where it has one.
 */
public record OutcomePolicy(OutcomePolicyCode code, String name, List<String> outcomeTypes,
        List<Role> authorisingRoles, Integer threshold, String reference) {

    public boolean concerns(String outcomeType) {
        return outcomeTypes.contains(outcomeType);
    }

    public boolean needsAuthorisation() {
        return !authorisingRoles.isEmpty();
    }
}

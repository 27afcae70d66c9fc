package org.crimeledger.outcomes;

/**
 * An outcome as the officer states it.
 *
 * @param suspectId the named suspect the outcome attributes the crime to (required for outcome types that
 *        need a named suspect)
 * @param previousOffences the suspect's previous offences, for cautions and penalty notices
 * @param ticCaseReference the case a taken-into-consideration offence was taken with
 * @param reason why this outcome, in the officer's words
 */
public record OutcomeRequest(String outcomeType, Long suspectId, Integer previousOffences, String ticCaseReference,
        String reason) {
}

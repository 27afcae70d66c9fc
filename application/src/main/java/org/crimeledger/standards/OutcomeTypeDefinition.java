package org.crimeledger.standards;

/**
 * A Home Office outcome type (1 to 24, with the alternate-offence variants 1A to 3A), as the
 * Outcomes for Recorded Crimes guidance (April 2026) defines it.
 */
public record OutcomeTypeDefinition(
        String code,
        String name,
        String outcomeGroupCode,
        boolean namedSuspectRequired,
        boolean trueIdentityRequired,
        boolean suspectToldRequired,
        String policeUkOutcomeCode,
        boolean policeUkVerified,
        boolean verified,
        String source) {
}

package org.crimeledger.rules;

/**
 * An offence against the State has no victim to confirm it; it is recorded once its points to prove are
 * made out (CRR26 p.8) and counted per offender or group (CRR26 p.12). A victim given with it suggests the
 * wrong classification, so the recorder is asked to look; the offence is counted without the victim.
 */
final class StateBasedOffenceGivenAVictim implements CountingRule {

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.STATE_BASED_OFFENCE_GIVEN_A_VICTIM;
    }

    @Override
    public Counting apply(Counting counting) {
        return counting.withFindings(counting.reported().stream()
                .filter(offence -> !offence.classification().victimBased() && !offence.victims().isEmpty())
                .map(offence -> new Finding(code(), offence.label() + " is an offence against the State but was"
                        + " reported against " + String.join(", ", offence.victims())
                        + "; it was counted without a victim."))
                .toList());
    }
}

package org.crimeledger.rules;

/**
 * No victim, no crime: an offence with a victim is not counted until the victim is found or comes
 * forward; it stays a crime related incident (CRR26 p.7). This does not cover an unwilling victim, who is
 * still a victim and is named.
 */
final class VictimBasedOffenceNeedsAVictim implements CountingRule {

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.VICTIM_NOT_IDENTIFIED;
    }

    @Override
    public Counting apply(Counting counting) {
        return counting.withFindings(counting.reported().stream()
                .filter(offence -> offence.classification().victimBased() && offence.victims().isEmpty())
                .filter(offence -> !WithoutASpecificVictim.countedOncePerOffenderGroup(offence))
                .map(offence -> new Finding(code(), offence.label()
                        + " names no victim, so it is not counted: record a crime related incident until the victim"
                        + " is found or comes forward."))
                .toList());
    }
}

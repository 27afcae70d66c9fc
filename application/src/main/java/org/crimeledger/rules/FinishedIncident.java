package org.crimeledger.rules;

import java.util.List;

/**
 * A sequence of offences between the same offenders and the same victim, reported to the police at the
 * same time, is one crime: the incident is finished when it comes to police notice, whatever pauses the
 * offending had (CRR26 p.12). Which classification that crime takes is for the rules after this one.
 */
final class FinishedIncident implements CountingRule {

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.FINISHED_INCIDENT;
    }

    @Override
    public Counting apply(Counting counting) {
        return counting.eachCount(count -> List.of(count.hasVictim() && count.offences().size() > 1
                ? count.because(code(), count.offences().size() + " offences against " + count.victim()
                        + " by offender group " + count.offenderGroup() + " were reported at the same time and count"
                        + " as one crime (" + code().reference() + ").")
                : count));
    }
}

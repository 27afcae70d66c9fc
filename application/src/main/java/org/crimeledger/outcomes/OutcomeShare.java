package org.crimeledger.outcomes;

import org.crimeledger.statistics.Interval;
import org.crimeledger.statistics.Proportion;

/**
 * The share of one offence group's outcomes in one quarter that fell in one outcome group, with its 95%
 * interval. Figures are for the force and offence groups only: no per-officer or per-team ranking (ADR 0013).
 */
public record OutcomeShare(String offenceGroup, String quarter, String outcomeGroup, String outcomeGroupName,
        long outcomes, long allOutcomes) {

    public Proportion proportion() {
        return new Proportion(outcomes, allOutcomes);
    }

    public Interval interval() {
        return proportion().wilson95();
    }
}

package org.crimeledger.victims;

import org.crimeledger.statistics.Interval;
import org.crimeledger.statistics.Proportion;

/**
 * The share of surveyed victims satisfied with the whole experience, for one offence group (or all) and one
 * quarter, with its 95% interval and how it moved from the group's previous quarter.
 *
 * @param change null for the first quarter shown or when either quarter had no responses
 */
public record SatisfactionRate(String offenceGroup, String quarter, Proportion satisfied, Proportion.Change change) {

    public Interval interval() {
        return satisfied.wilson95();
    }
}

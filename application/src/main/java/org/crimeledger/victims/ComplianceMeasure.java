package org.crimeledger.victims;

import org.crimeledger.statistics.Interval;
import org.crimeledger.statistics.Proportion;

/**
 * One Ministry of Justice Victims' Code compliance measure for one quarter: of the entitlements that fell
 * due in the quarter and whose result is known (closed, or past due), how many were met on time.
 * Declined counts as met: the victim was offered what the Code promises.
 */
public record ComplianceMeasure(String quarter, Entitlement entitlement, String name, long due, long metOnTime,
        long late, long stillOpen) {

    public Proportion proportion() {
        return new Proportion(metOnTime, due);
    }

    public Interval interval() {
        return proportion().wilson95();
    }
}

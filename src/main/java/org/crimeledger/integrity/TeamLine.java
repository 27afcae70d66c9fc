package org.crimeledger.integrity;

import java.util.List;

/**
 * One team's figures for an indicator: the last twelve months together, the last month alone, and the
 * monthly series (oldest first) behind the charts.
 */
public record TeamLine(String unit, long events, long trials, long lastMonthEvents, long lastMonthTrials,
        List<Long> monthlyEvents) {

    public TeamLine {
        monthlyEvents = List.copyOf(monthlyEvents);
    }

    public double proportion() {
        return trials == 0 ? Double.NaN : (double) events / trials;
    }
}

package org.crimeledger.integrity;

import java.util.List;

/**
 * One team's figures for an indicator: the last twelve months together, the last month alone, the
 * monthly series (oldest first) behind the charts, and what its funnel test compared it with ("the other response
 * teams", "the rest of the force: no comparable ..."; null for a volume, or in a report stored before groups).
 */
public record TeamLine(String unit, long events, long trials, long lastMonthEvents, long lastMonthTrials,
        List<Long> monthlyEvents, String comparedWith) {

    public TeamLine {
        monthlyEvents = List.copyOf(monthlyEvents);
    }

    /**
     * Where the team's series really starts: its first full month with records. Months before it are before the
     * team (or the system) recorded anything, and the first month with records may be only part of one;
     * counting either would read the start of recording as a change of level.
     */
    public int firstFullMonth() {
        return firstFullMonth(monthlyEvents.stream().mapToLong(Long::longValue).toArray());
    }

    static int firstFullMonth(long[] monthly) {
        int first = 0;
        while (first < monthly.length && monthly[first] == 0) {
            first++;
        }
        return Math.min(first + 1, monthly.length);
    }

    public double proportion() {
        return trials == 0 ? Double.NaN : (double) events / trials;
    }
}

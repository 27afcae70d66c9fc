package org.crimeledger.standards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the codes of a class that was split or redefined into one series, so that counts by the classification in
 * force when each crime was recorded can be compared across the change: 28A (to March 2017), 28E (April 2017 to
 * March 2023), 28I and 28M (from April 2023) are all "Residential burglary". A class never split keeps its own code
 * as its series. Free of Spring and the database, so the statistics can use it.
 */
public final class ComparableSeries {

    private final Map<String, String> seriesByCode = new HashMap<>();

    public ComparableSeries(List<ClassSuccession> successions) {
        for (ClassSuccession s : successions) {
            seriesByCode.put(s.fromCode(), s.series());
            seriesByCode.put(s.toCode(), s.series());
        }
    }

    /** The series a class belongs to: the series name for split or redefined classes, otherwise the code itself. */
    public String of(String classCode) {
        return seriesByCode.getOrDefault(classCode, classCode);
    }

    /** Adds up counts keyed by class code (as recorded) into counts keyed by series. */
    public Map<String, Long> tally(Map<String, Long> countsByClass) {
        Map<String, Long> bySeries = new TreeMap<>();
        countsByClass.forEach((code, count) -> bySeries.merge(of(code), count, Long::sum));
        return bySeries;
    }
}

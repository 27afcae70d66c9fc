package org.crimeledger.integrity;

import java.time.YearMonth;
import java.util.List;

/**
 * Every indicator, test and alert for the twelve months to {@code asOf} (change points over the 24).
 *
 * @param testsRun tests with enough data to run, over which false discoveries are controlled
 * @param falseDiscoveryRate the rate controlled: among alerts, the expected share that are chance
 */
public record IntegrityReport(YearMonth asOf, YearMonth firstMonth, UnitLevel level, List<IndicatorView> indicators,
        int testsRun, double falseDiscoveryRate) {

    public IntegrityReport {
        indicators = List.copyOf(indicators);
    }

    public List<Finding> alerts() {
        return indicators.stream().flatMap(view -> view.alerts().stream()).toList();
    }

    /** Every unit with any figures, in order. */
    public java.util.SortedSet<String> units() {
        return indicators.stream().flatMap(view -> view.teams().stream()).map(TeamLine::unit)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The report of one unit: its figures and its tests only, the force-wide totals and the false-discovery control
     * as they were over every unit.
     */
    public IntegrityReport forUnit(String unit) {
        return new IntegrityReport(asOf, firstMonth, level, indicators.stream().map(view -> new IndicatorView(
                view.indicator(), view.events(), view.trials(),
                view.teams().stream().filter(line -> line.unit().equals(unit)).toList(),
                view.findings().stream().filter(finding -> finding.unit().equals(unit)).toList())).toList(),
                testsRun, falseDiscoveryRate);
    }

    public IndicatorView indicator(Indicator indicator) {
        return indicators.stream().filter(view -> view.indicator() == indicator).findFirst().orElseThrow();
    }
}

package org.crimeledger.integrity;

import java.time.YearMonth;
import java.util.List;

/**
 * Every indicator, test and alert for the twelve months to {@code asOf} (change points over the 24).
 *
 * @param testsRun tests with enough data to run, over which false discoveries are controlled
 * @param falseDiscoveryRate the rate controlled: among alerts, the expected share that are chance
 */
public record IntegrityReport(YearMonth asOf, YearMonth firstMonth, List<IndicatorView> indicators, int testsRun,
        double falseDiscoveryRate) {

    public IntegrityReport {
        indicators = List.copyOf(indicators);
    }

    public List<Finding> alerts() {
        return indicators.stream().flatMap(view -> view.alerts().stream()).toList();
    }

    public IndicatorView indicator(Indicator indicator) {
        return indicators.stream().filter(view -> view.indicator() == indicator).findFirst().orElseThrow();
    }
}

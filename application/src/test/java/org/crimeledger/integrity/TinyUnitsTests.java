package org.crimeledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A unit with a handful of cases (an officer with three crimes, a team with one rape report a month) gets "not
 * enough data" from every test of every indicator, never an alert, however extreme its few cases look, while
 * the large units around it are still tested.
 */
class TinyUnitsTests {

    private static final YearMonth AS_OF = YearMonth.of(2026, 10);

    @Test
    void everyIndicatorSaysNotEnoughDataForAUnitWithThreeCases() {
        IntegrityReport report = IndicatorTests.run(AS_OF, UnitLevel.OFFICER, indicator -> {
            List<UnitMonth> rows = new ArrayList<>();
            YearMonth first = IndicatorTests.firstMonth(AS_OF);
            for (int m = 0; m < 24; m++) {
                for (String unit : List.of("big-1", "big-2", "big-3")) {
                    long trials = 400;
                    long events = indicator.isVolume() ? trials : 20 + (m + unit.hashCode()) % 5;
                    rows.add(new UnitMonth(unit, first.plusMonths(m), events, trials));
                }
            }
            // Three cases in the last month, all of them events: 100% where the others have 5%.
            rows.add(new UnitMonth("tiny", AS_OF, 3, 3));
            return rows;
        });

        for (IndicatorView view : report.indicators()) {
            List<Finding> tiny = view.findings().stream().filter(finding -> finding.unit().equals("tiny")).toList();
            assertThat(tiny).as(view.indicator().name()).isNotEmpty();
            assertThat(tiny).as(view.indicator().name()).noneMatch(Finding::alert)
                    .allMatch(finding -> !finding.signal().enoughData())
                    .allMatch(finding -> finding.explanation().startsWith("Not enough data"));
            assertThat(view.findings().stream().filter(finding -> finding.unit().startsWith("big")))
                    .as(view.indicator().name()).anyMatch(finding -> finding.signal().enoughData());
        }
    }
}

package org.crimeledger.integrity;

import java.time.Clock;
import java.time.YearMonth;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link IndicatorTests} over the force's own records, or over an imported extract: each indicator counted
 * by team and month in the database ({@link IndicatorCounts}), then tested.
 */
@Service
public class IntegrityChecks {

    static final int YEAR = IndicatorTests.YEAR;
    static final int SERIES = IndicatorTests.SERIES;

    private final IndicatorCounts counts;
    private final Clock clock;
    private final ForceProperties force;

    IntegrityChecks(IndicatorCounts counts, Clock clock, ForceProperties force) {
        this.counts = counts;
        this.clock = clock;
        this.force = force;
    }

    /** The last complete month in the force's time zone. */
    public YearMonth lastCompleteMonth() {
        return YearMonth.now(clock.withZone(force.timeZone())).minusMonths(1);
    }

    @Transactional(readOnly = true)
    public IntegrityReport run(YearMonth asOf) {
        YearMonth first = IndicatorTests.firstMonth(asOf);
        return IndicatorTests.run(asOf, indicator -> counts.counts(indicator, first, asOf));
    }

    /**
     * The same tests over an imported interchange extract (a force that keeps another records system): the
     * extract names no teams, so its records are one unit, {@code extract}, tested against its own months.
     */
    @Transactional(readOnly = true)
    public IntegrityReport runOnImport(long importId, YearMonth asOf) {
        YearMonth first = IndicatorTests.firstMonth(asOf);
        return IndicatorTests.run(asOf, indicator -> counts.countsOfImport(indicator, importId, first, asOf));
    }
}

package org.crimeledger.integrity;

import java.time.Clock;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link IndicatorTests} over the force's own records: each indicator counted by team and month in the
 * database ({@link IndicatorCounts}), then tested.
 */
@Service
public class IntegrityChecks {

    static final int YEAR = IndicatorTests.YEAR;
    static final int SERIES = IndicatorTests.SERIES;

    private final IndicatorCounts counts;
    private final Clock clock;
    private final ForceProperties force;

    private final OfficerPseudonyms pseudonyms;

    IntegrityChecks(IndicatorCounts counts, Clock clock, ForceProperties force, OfficerPseudonyms pseudonyms) {
        this.counts = counts;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.force = force;
    }

    /** The last complete month in the force's time zone. */
    public YearMonth lastCompleteMonth() {
        return YearMonth.now(clock.withZone(force.timeZone())).minusMonths(1);
    }

    /** Every indicator by team. */
    @Transactional(readOnly = true)
    public IntegrityReport run(YearMonth asOf) {
        return run(asOf, UnitLevel.TEAM, true);
    }

    /**
     * Every indicator by the units of {@code level}; officers are named by username only when {@code officerNames},
     * otherwise by their pseudonyms ({@link OfficerPseudonyms}) from the counts onwards, so no name reaches the tests,
     * their explanations or anything drawn from them.
     */
    @Transactional(readOnly = true)
    public IntegrityReport run(YearMonth asOf, UnitLevel level, boolean officerNames) {
        YearMonth first = IndicatorTests.firstMonth(asOf);
        UnaryOperator<String> name = level == UnitLevel.OFFICER && !officerNames ? pseudonyms::pseudonym
                : UnaryOperator.identity();
        return IndicatorTests.run(asOf, level, indicator -> counts.counts(indicator, first, asOf, level).stream()
                .map(row -> new UnitMonth(name.apply(row.unit()), row.month(), row.events(), row.trials())).toList());
    }
}

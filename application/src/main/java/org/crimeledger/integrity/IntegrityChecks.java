package org.crimeledger.integrity;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link IndicatorTests} over the force's own records, or over an imported extract: each indicator counted
 * by unit and month in the database ({@link IndicatorCounts}), then tested. Always computes afresh: a year of a large
 * force takes tens of seconds to count, so the pages read the reports {@link StoredReports} keeps instead.
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
        return tested(asOf, level, countsOf(asOf, level), level == UnitLevel.OFFICER && !officerNames);
    }

    /**
     * Every level's report for {@code asOf}: teams, stations, and officers both by name and by pseudonym, the
     * officers' two reports tested from one count.
     */
    @Transactional(readOnly = true)
    Map<ReportKey, IntegrityReport> runEveryLevel(YearMonth asOf) {
        Map<ReportKey, IntegrityReport> reports = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            Map<Indicator, List<UnitMonth>> counted = countsOf(asOf, level);
            reports.put(new ReportKey(asOf, level, false), tested(asOf, level, counted, false));
            if (level == UnitLevel.OFFICER) {
                reports.put(new ReportKey(asOf, level, true), tested(asOf, level, counted, true));
            }
        }
        return reports;
    }

    private Map<Indicator, List<UnitMonth>> countsOf(YearMonth asOf, UnitLevel level) {
        YearMonth first = IndicatorTests.firstMonth(asOf);
        Map<Indicator, List<UnitMonth>> counted = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            counted.put(indicator, counts.counts(indicator, first, asOf, level));
        }
        return counted;
    }

    private IntegrityReport tested(YearMonth asOf, UnitLevel level, Map<Indicator, List<UnitMonth>> counted,
            boolean pseudonymise) {
        UnaryOperator<String> name = pseudonymise ? pseudonyms::pseudonym : UnaryOperator.identity();
        // Teams against the other teams of their comparison group; stations and officers against the rest of the force
        // (three stations each host teams of several groups; the facts do not say which team an officer worked in).
        ComparisonGroups groups = level == UnitLevel.TEAM ? counts.comparisonGroups() : ComparisonGroups.NONE;
        return IndicatorTests.run(asOf, level, groups, indicator -> counted.get(indicator).stream()
                .map(row -> new UnitMonth(name.apply(row.unit()), row.month(), row.events(), row.trials())).toList());
    }

    /**
     * The same tests over an imported interchange extract (a force that keeps another records system): the
     * extract names no teams, so its records are one unit, {@code extract}, tested against its own months. The
     * format carries no outcomes or N100 reports, so the indicators counted from those have no data.
     */
    @Transactional(readOnly = true)
    public IntegrityReport runOnImport(long importId, YearMonth asOf) {
        YearMonth first = IndicatorTests.firstMonth(asOf);
        return IndicatorTests.run(asOf, UnitLevel.TEAM, indicator -> indicator.countableOnImport()
                ? counts.countsOfImport(indicator, importId, first, asOf) : List.of());
    }

    /**
     * The same tests over facts tables loaded into {@code schema}, one report per force they hold (by force code):
     * the facts a national export writes ({@code decision_facts}, {@code crime_facts}, ...; docs/scale-out.md), copied
     * into PostgreSQL. Each indicator is counted for every force at once by its shared SQL, then each force's teams are
     * tested against the other teams of that force in their comparison group ({@code team_groups}, when the export has
     * it), exactly as the national Spark job does. {@code asOf} null: the
     * latest month with any crime in the facts.
     */
    @Transactional(readOnly = true)
    public Map<String, IntegrityReport> runOnFacts(String schema, YearMonth asOf) {
        YearMonth last = asOf != null ? asOf : counts.latestMonthOfFacts(schema);
        YearMonth first = IndicatorTests.firstMonth(last);
        Map<String, Map<Indicator, List<UnitMonth>>> byForce = new TreeMap<>();
        for (Indicator indicator : Indicator.values()) {
            counts.countsOfFacts(indicator, schema, first, last).forEach((code, rows) -> byForce
                    .computeIfAbsent(code, c -> new EnumMap<>(Indicator.class)).put(indicator, rows));
        }
        Map<String, IntegrityReport> reports = new TreeMap<>();
        Map<String, ComparisonGroups> groups = counts.comparisonGroupsOfFacts(schema);
        byForce.forEach((code, rows) -> reports.put(code, IndicatorTests.run(last, UnitLevel.TEAM,
                groups.getOrDefault(code, ComparisonGroups.NONE), indicator -> rows.getOrDefault(indicator, List.of()))));
        return reports;
    }
}

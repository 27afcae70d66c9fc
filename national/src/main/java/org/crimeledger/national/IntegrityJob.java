package org.crimeledger.national;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.integrity.ComparisonGroups;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorTests;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.UnitLevel;
import org.crimeledger.integrity.UnitMonth;

/**
 * The integrity indicators over the registered facts tables: each indicator's shared counting SQL run by Spark for
 * every force at once, then, force by force, the same {@link IndicatorTests} the application runs (teams against
 * the other teams of their force in their comparison group, or the rest of that force when none is comparable). The counts are small (force, team, month), so the tests run on the driver.
 */
final class IntegrityJob {

    private IntegrityJob() {
    }

    /** Each force's report for the 24 months to {@code asOf}, by force code. */
    static Map<String, IntegrityReport> run(SparkSession spark, YearMonth asOf) {
        Map<String, Map<Indicator, List<UnitMonth>>> byForce = new TreeMap<>();
        Map<String, Object> months = Map.of("first", IndicatorTests.firstMonth(asOf).atDay(1), "last", asOf.atDay(1));
        for (Indicator indicator : Indicator.values()) {
            if (!spark.catalog().tableExists(indicator.factsTable())) {
                continue;
            }
            for (Row row : spark.sql(indicator.countsSql(), months).collectAsList()) {
                byForce.computeIfAbsent(row.getAs("force"), force -> new EnumMap<>(Indicator.class))
                        .computeIfAbsent(indicator, i -> new ArrayList<>())
                        .add(new UnitMonth(row.getAs("unit"), YearMonth.from((LocalDate) row.getAs("month")),
                                ((Number) row.getAs("events")).longValue(), ((Number) row.getAs("trials")).longValue()));
            }
        }
        Map<String, ComparisonGroups> groups = groups(spark);
        Map<String, IntegrityReport> reports = new TreeMap<>();
        byForce.forEach((force, counts) -> reports.put(force, IndicatorTests.run(asOf, UnitLevel.TEAM,
                groups.getOrDefault(force, ComparisonGroups.NONE), indicator -> counts.getOrDefault(indicator, List.of()))));
        return reports;
    }

    /** Each force's teams' comparison groups, as its export wrote them; none for an export made before groups. */
    private static Map<String, ComparisonGroups> groups(SparkSession spark) {
        Map<String, Map<String, String>> byForce = new TreeMap<>();
        if (spark.catalog().tableExists(ComparisonGroups.TEAM_GROUPS)) {
            for (Row row : spark.sql("select force, team, comparison_group from " + ComparisonGroups.TEAM_GROUPS).collectAsList()) {
                byForce.computeIfAbsent(row.getAs("force"), force -> new TreeMap<>()).put(row.getAs("team"),
                        row.getAs("comparison_group"));
            }
        }
        Map<String, ComparisonGroups> groups = new TreeMap<>();
        byForce.forEach((force, teams) -> groups.put(force, new ComparisonGroups(teams)));
        return groups;
    }

    /** The latest month with any crime recorded in the facts, for a run that names none. */
    static YearMonth latestMonth(SparkSession spark) {
        Row row = spark.sql("select max(month) as month from crime_facts").first();
        return YearMonth.from((LocalDate) row.getAs("month"));
    }
}

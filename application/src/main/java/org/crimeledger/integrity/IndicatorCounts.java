package org.crimeledger.integrity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts each indicator by team and month straight from the recording tables, in one grouped query each, so
 * a year of a large force is read in seconds and nothing is held in memory but the counts. Months are the
 * force's local months; a crime belongs to the team of the incident it came from. The query is the indicator's
 * shared counting SQL over its facts ({@link Indicator#countsSql()}), the same the national jobs run on Spark.
 */
@Component
class IndicatorCounts {

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final String force;

    IndicatorCounts(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.zone = force.timeZone();
        this.force = force.code();
    }

    /**
     * The indicator's counts for every unit of the level with any (teams, or officers by username), for the months
     * {@code first} to {@code last} inclusive.
     */
    List<UnitMonth> counts(Indicator indicator, YearMonth first, YearMonth last, UnitLevel level) {
        String facts = indicator.factsTable();
        return counts(jdbc.sql("with " + facts + " as (" + level.factsSql(facts) + ")\n" + indicator.countsSql()),
                first, last);
    }

    /** The same counts over an imported interchange extract, whose records are one unit, {@code extract}. */
    List<UnitMonth> countsOfImport(Indicator indicator, long importId, YearMonth first, YearMonth last) {
        String facts = indicator.factsTable();
        return counts(jdbc.sql("with " + facts + " as (" + Indicator.importedFactsSql(facts) + ")\n"
                + indicator.countsSql()).param("import", importId), first, last);
    }

    /**
     * The counts over facts tables loaded into {@code schema} (for example a national run's facts, copied in with
     * COPY), by force: the same counting SQL over the table, for every force it holds. A table the schema lacks has no
     * rows, as in the national job. The schema must be a plain lower-case name.
     */
    Map<String, List<UnitMonth>> countsOfFacts(Indicator indicator, String schema, YearMonth first, YearMonth last) {
        String facts = indicator.factsTable();
        String table = plainName(schema) + "." + facts;
        if (jdbc.sql("select to_regclass(:table) is not null").param("table", table).query(Boolean.class).single() != Boolean.TRUE) {
            return Map.of();
        }
        Map<String, List<UnitMonth>> byForce = new TreeMap<>();
        jdbc.sql("with " + facts + " as (select * from " + table + ")\n" + indicator.countsSql())
                .param("first", first.atDay(1))
                .param("last", last.atDay(1))
                .query((rs, row) -> byForce.computeIfAbsent(rs.getString("force"), force -> new ArrayList<>())
                        .add(new UnitMonth(rs.getString("unit"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                                rs.getLong("events"), rs.getLong("trials"))))
                .list();
        return byForce;
    }

    /** Each team's comparison group, as the force has set it ({@code team.comparison_group}). */
    ComparisonGroups comparisonGroups() {
        Map<String, String> groups = new TreeMap<>();
        jdbc.sql(ComparisonGroups.TEAM_GROUPS_SQL).query((rs, row) -> groups.put(rs.getString("team"),
                rs.getString("comparison_group"))).list();
        return new ComparisonGroups(groups);
    }

    /** Each force's teams' comparison groups from {@code schema.team_groups}, or none when the facts lack the table. */
    Map<String, ComparisonGroups> comparisonGroupsOfFacts(String schema) {
        String table = plainName(schema) + "." + ComparisonGroups.TEAM_GROUPS;
        if (jdbc.sql("select to_regclass(:table) is not null").param("table", table).query(Boolean.class).single() != Boolean.TRUE) {
            return Map.of();
        }
        Map<String, Map<String, String>> byForce = new TreeMap<>();
        jdbc.sql("select force, team, comparison_group from " + table).query((rs, row) -> byForce
                .computeIfAbsent(rs.getString("force"), force -> new TreeMap<>())
                .put(rs.getString("team"), rs.getString("comparison_group"))).list();
        Map<String, ComparisonGroups> groups = new TreeMap<>();
        byForce.forEach((force, teams) -> groups.put(force, new ComparisonGroups(teams)));
        return groups;
    }

    /** The latest month with any crime in the facts loaded into {@code schema}. */
    YearMonth latestMonthOfFacts(String schema) {
        LocalDate month = jdbc.sql("select max(month) from " + plainName(schema) + ".crime_facts").query(LocalDate.class).single();
        if (month == null) {
            throw new IllegalArgumentException("No crime facts in " + schema + ".crime_facts");
        }
        return YearMonth.from(month);
    }

    private static String plainName(String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain schema name (lower-case letters, digits, _): " + schema);
        }
        return schema;
    }

    private List<UnitMonth> counts(JdbcClient.StatementSpec query, YearMonth first, YearMonth last) {
        return query.param("force", force)
                .param("zone", zone.getId())
                .param("from", first.atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .param("to", last.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .param("first", first.atDay(1))
                .param("last", last.atDay(1))
                .query((rs, row) -> new UnitMonth(rs.getString("unit"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("events"), rs.getLong("trials")))
                .list();
    }
}

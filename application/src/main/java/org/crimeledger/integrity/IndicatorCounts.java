package org.crimeledger.integrity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

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

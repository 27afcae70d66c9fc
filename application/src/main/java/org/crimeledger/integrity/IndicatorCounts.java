package org.crimeledger.integrity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts each indicator by team and month straight from the recording tables, in one grouped query each, so
 * a year of a large force is read in seconds and nothing is held in memory but the counts. Months are the
 * force's local months; a crime belongs to the team of the incident it came from.
 */
@Component
class IndicatorCounts {

    private static final Map<Indicator, String> SQL = Map.of(
            Indicator.LATE_DECISIONS, """
                    select i.team_code as unit, date_trunc('month', d.decided_at at time zone :zone)::date as month,
                           count(*) filter (where d.delay_seconds > 0) as events, count(*) as trials
                    from recording_decision d join incident i on i.id = d.incident_id
                    where d.decided_at >= :from and d.decided_at < :to group by 1, 2""",
            Indicator.LAST_HOUR_DECISIONS, """
                    select i.team_code as unit, date_trunc('month', d.decided_at at time zone :zone)::date as month,
                           count(*) filter (where d.delay_seconds = 0 and d.decided_at > d.deadline - interval '1 hour') as events,
                           count(*) as trials
                    from recording_decision d join incident i on i.id = d.incident_id
                    where d.decided_at >= :from and d.decided_at < :to group by 1, 2""",
            Indicator.NO_CRIME_DECISIONS, """
                    select i.team_code as unit, date_trunc('month', d.decided_at at time zone :zone)::date as month,
                           count(*) filter (where d.kind = 'NO_CRIME') as events, count(*) as trials
                    from recording_decision d join incident i on i.id = d.incident_id
                    where d.decided_at >= :from and d.decided_at < :to group by 1, 2""",
            Indicator.DOWNGRADES, """
                    select i.team_code as unit, date_trunc('month', c.recorded_at at time zone :zone)::date as month,
                           count(*) filter (where exists (select 1 from crime_reclassification r where r.crime_id = c.id
                               and r.downgrade and r.status = 'APPLIED')) as events, count(*) as trials
                    from crime c join incident i on i.id = c.incident_id
                    where c.recorded_at >= :from and c.recorded_at < :to group by 1, 2""",
            Indicator.CANCELLATIONS, """
                    select i.team_code as unit, date_trunc('month', c.recorded_at at time zone :zone)::date as month,
                           count(*) filter (where c.status = 'CANCELLED') as events, count(*) as trials
                    from crime c join incident i on i.id = c.incident_id
                    where c.recorded_at >= :from and c.recorded_at < :to group by 1, 2""",
            Indicator.SEVERAL_VICTIMS_ONE_CRIME, """
                    select i.team_code as unit, date_trunc('month', d.decided_at at time zone :zone)::date as month,
                           count(*) filter (where (select count(*) from crime c where c.incident_id = i.id)
                               < (select count(*) from victim v where v.incident_id = i.id)) as events,
                           count(*) as trials
                    from recording_decision d join incident i on i.id = d.incident_id
                    where d.kind = 'CRIMES_RECORDED' and d.decided_at >= :from and d.decided_at < :to
                      and (select count(*) from victim v where v.incident_id = i.id) >= 2
                    group by 1, 2""",
            Indicator.PERIOD_END_SLIPPAGE, """
                    select i.team_code as unit, date_trunc('month', i.received_at at time zone :zone)::date as month,
                           count(*) filter (where date_trunc('month', c.recorded_at at time zone :zone)
                               > date_trunc('month', i.received_at at time zone :zone)) as events,
                           count(*) as trials
                    from crime c join incident i on i.id = c.incident_id
                    where i.received_at >= :from and i.received_at < :to
                      and (i.received_at at time zone :zone)::date
                          > (date_trunc('month', i.received_at at time zone :zone) + interval '1 month' - interval '4 days')::date
                    group by 1, 2""",
            Indicator.RECORDED_CRIME, """
                    select i.team_code as unit, date_trunc('month', c.recorded_at at time zone :zone)::date as month,
                           count(*) as events, count(*) as trials
                    from crime c join incident i on i.id = c.incident_id
                    where c.recorded_at >= :from and c.recorded_at < :to group by 1, 2""");

    private final JdbcClient jdbc;
    private final ZoneId zone;

    IndicatorCounts(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.zone = force.timeZone();
    }

    /** The indicator's counts for every team with any, for the months {@code first} to {@code last} inclusive. */
    List<UnitMonth> counts(Indicator indicator, YearMonth first, YearMonth last) {
        return jdbc.sql(SQL.get(indicator))
                .param("zone", zone.getId())
                .param("from", first.atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .param("to", last.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, row) -> new UnitMonth(rs.getString("unit"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("events"), rs.getLong("trials")))
                .list();
    }
}

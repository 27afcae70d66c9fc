package org.crimeledger.victims;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Ministry of Justice Victims' Code compliance measures by quarter: written acknowledgement, referral
 * to support, timely updates, the victim personal statement offer and offender information (the
 * entitlements marked {@code measured}). An entitlement counts in the quarter it fell due; those not yet
 * due and still open are left out, since their result is not known.
 */
@Service
public class ComplianceMeasures {

    private final JdbcClient jdbc;
    private final VictimQueue queue;

    ComplianceMeasures(JdbcClient jdbc, VictimQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    /** The measures for the quarters from {@code from} to {@code to} (dates inclusive), oldest first. */
    public List<ComplianceMeasure> byQuarter(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select to_char(date_trunc('quarter', t.due_on), 'YYYY-"Q"Q') as quarter, t.entitlement, e.name,
                       e.display_order,
                       count(*) filter (where t.status <> 'OPEN' or t.due_on < :today) as due,
                       count(*) filter (where t.status <> 'OPEN' and t.closed_on <= t.due_on) as met,
                       count(*) filter (where t.status <> 'OPEN' and t.closed_on > t.due_on) as late,
                       count(*) filter (where t.status = 'OPEN' and t.due_on < :today) as still_open
                from victim_task t join victim_entitlement e on e.code = t.entitlement
                where e.measured and t.due_on between :from and :to
                group by 1, 2, 3, 4 order by 1, 4""")
                .param("from", from).param("to", to).param("today", queue.today())
                .query((rs, row) -> new ComplianceMeasure(rs.getString("quarter"),
                        Entitlement.valueOf(rs.getString("entitlement")), rs.getString("name"), rs.getLong("due"),
                        rs.getLong("met"), rs.getLong("late"), rs.getLong("still_open")))
                .list();
    }

    /** The measures as CSV, one row per quarter and measure, rates and interval ends as proportions. */
    public static String csv(List<ComplianceMeasure> measures) {
        StringBuilder csv = new StringBuilder("quarter,measure,due,met_on_time,late,still_open,rate,lower_95,upper_95\r\n");
        for (ComplianceMeasure m : measures) {
            csv.append(m.quarter()).append(',').append(m.entitlement().name()).append(',').append(m.due()).append(',')
                    .append(m.metOnTime()).append(',').append(m.late()).append(',').append(m.stillOpen()).append(',')
                    .append(number(m.proportion().rate())).append(',').append(number(m.interval().lower())).append(',')
                    .append(number(m.interval().upper())).append("\r\n");
        }
        return csv.toString();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}

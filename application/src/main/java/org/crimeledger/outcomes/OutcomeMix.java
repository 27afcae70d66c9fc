package org.crimeledger.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outcome mix: of the outcomes applied in each quarter to each offence group, the share in each
 * Home Office outcome group. Only outcomes applied count (never "not yet assigned"), as the Home Office
 * outcomes statistics do. There is deliberately no breakdown by officer (ADR 0013).
 */
@Service
public class OutcomeMix {

    private final JdbcClient jdbc;

    OutcomeMix(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutcomeShare> byOffenceGroupAndQuarter(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with applied as (
                    select oc.offence_group_code as offence_group,
                           to_char(date_trunc('quarter', o.applied_at at time zone 'Europe/London'), 'YYYY-"Q"Q') as quarter,
                           t.outcome_group_code as outcome_group
                    from crime_outcome o join crime c on c.id = o.crime_id
                    join offence_classification oc on oc.code = c.classification_code
                    join outcome_type t on t.code = o.outcome_type_code
                    where o.status = 'APPLIED'
                      and (o.applied_at at time zone 'Europe/London')::date between :from and :to)
                select a.offence_group, a.quarter, a.outcome_group, g.name, count(*) as outcomes,
                       sum(count(*)) over (partition by a.offence_group, a.quarter) as all_outcomes
                from applied a join outcome_group g on g.code = a.outcome_group
                group by a.offence_group, a.quarter, a.outcome_group, g.name, g.display_order
                order by a.offence_group, a.quarter, g.display_order""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new OutcomeShare(rs.getString("offence_group"), rs.getString("quarter"),
                        rs.getString("outcome_group"), rs.getString("name"), rs.getLong("outcomes"),
                        rs.getLong("all_outcomes")))
                .list();
    }
}

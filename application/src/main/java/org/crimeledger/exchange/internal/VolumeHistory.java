package org.crimeledger.exchange.internal;

/**
 * The SQL that puts each force's month beside its recent months, per police.uk category and for all crime
 * (anti-social behaviour excluded): {@code n} this month, {@code expected} the average of the up to three months
 * before that the force published, {@code months_before} how many there were.
 */
public final class VolumeHistory {

    public static final String ALL_CRIME = "all-crime";

    public static final String WITH = """
            with counts as (
                select reported_by as force, month, coalesce(category_slug, crime_type) as category, count(*) as n
                from police_uk_street_crime group by 1, 2, 3
                union all
                select reported_by, month, 'all-crime', count(*) from police_uk_street_crime
                where coalesce(category_slug, '') <> 'anti-social-behaviour' group by 1, 2
            ),
            grid as (
                select m.force, m.month, c.category
                from (select distinct force, month from counts) m
                join (select distinct force, category from counts) c on c.force = m.force
            ),
            filled as (
                select g.force, g.month, g.category, coalesce(c.n, 0) as n
                from grid g left join counts c on c.force = g.force and c.month = g.month and c.category = g.category
            ),
            history as (
                select force, month, category, n,
                       avg(n) over w as expected, count(*) over w as months_before, min(n) over w as least_before
                from filled
                window w as (partition by force, category order by month
                             range between interval '3 months' preceding and interval '1 month' preceding)
            )
            """;

    private VolumeHistory() {
    }
}

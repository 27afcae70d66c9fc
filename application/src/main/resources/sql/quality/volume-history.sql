-- Each force's month beside its recent months, per police.uk category and for all crime (anti-social behaviour
-- excluded): n this month, expected the average of the up to three months before that the force published,
-- months_before how many there were. The start of every volume check.
with counts as (
    select reported_by as force, month, coalesce(category_slug, crime_type) as category, count(*) as n
    from police_uk_street_crime group by reported_by, month, coalesce(category_slug, crime_type)
    union all
    select reported_by as force, month, 'all-crime' as category, count(*) as n from police_uk_street_crime
    where coalesce(category_slug, '') <> 'anti-social-behaviour' group by reported_by, month
),
grid as (
    select m.force, m.month, c.category
    from (select distinct force, month from counts) m
    join (select distinct force, category from counts) c on c.force = m.force
),
filled as (
    select g.force, g.month, g.category, coalesce(c.n, 0) as n,
           cast(extract(year from g.month) * 12 + extract(month from g.month) as int) as month_number
    from grid g left join counts c on c.force = g.force and c.month = g.month and c.category = g.category
),
history as (
    select force, month, category, n,
           avg(n) over w as expected, count(*) over w as months_before, min(n) over w as least_before
    from filled
    window w as (partition by force, category order by month_number range between 3 preceding and 1 preceding)
)

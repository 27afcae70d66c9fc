-- Only Crime IDs seen more than once are grouped with their columns: a narrow first pass over the IDs alone keeps
-- the wide grouping to a few thousand rows instead of every row.
select reported_by, month, crime_id, count(*) as n,
       count(distinct concat_ws('|', cast(longitude as varchar(32)), cast(latitude as varchar(32)), location, lsoa_code,
                                crime_type, last_outcome, context)) as variants
from police_uk_street_crime
where crime_id in (select crime_id from police_uk_street_crime where crime_id is not null
                   group by crime_id having count(*) > 1)
group by reported_by, month, crime_id having count(*) > 1

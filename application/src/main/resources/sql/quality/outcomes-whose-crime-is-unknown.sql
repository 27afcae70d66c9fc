select o.reported_by, o.month, count(*) filter (where s.crime_id is null) as n, count(*) as total
from police_uk_outcome o
left join (select distinct crime_id from police_uk_street_crime where crime_id is not null) s
       on s.crime_id = o.crime_id
group by o.reported_by, o.month having count(*) filter (where s.crime_id is null) > 0

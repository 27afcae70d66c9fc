select reported_by, month, count(*) filter (where latitude is null) as n, count(*) as total
from police_uk_street_crime group by reported_by, month
having count(*) filter (where latitude is null) > 0

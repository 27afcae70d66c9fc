select reported_by, month, crime_id, count(*) as n,
       count(distinct concat_ws('|', cast(longitude as varchar(32)), cast(latitude as varchar(32)), location, lsoa_code,
                                crime_type, last_outcome, context)) as variants
from police_uk_street_crime where crime_id is not null
group by reported_by, month, crime_id having count(*) > 1

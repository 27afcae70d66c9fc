-- Rows with a Crime ID only: anti-social behaviour rows at the same anonymised point in a month look alike.
-- An exact duplicate repeats its Crime ID, so only repeated IDs are grouped by every column (as in duplicate-crime-ids).
select reported_by, month, crime_id, crime_type, count(*) as n, sorted_numbers(array_agg(line)) as lines
from police_uk_street_crime
where crime_id in (select crime_id from police_uk_street_crime where crime_id is not null
                   group by crime_id having count(*) > 1)
group by crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name,
         crime_type, last_outcome, context
having count(*) > 1

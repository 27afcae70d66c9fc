select o.reported_by, o.month, s.month as crime_month, o.crime_id, o.outcome_type, s.crime_type, s.last_outcome
from police_uk_outcome o join police_uk_street_crime s on s.crime_id = o.crime_id
where o.month < s.month

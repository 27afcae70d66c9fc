-- PostgreSQL only: one row per recorded crime, with the team of its incident and the force's local month of
-- recording; what the portable indicator files count. The national export writes the same rows to Parquet.
select cast(:force as text) as force, i.team_code as unit,
       date_trunc('month', c.recorded_at at time zone :zone)::date as month,
       exists (select 1 from crime_reclassification r where r.crime_id = c.id and r.downgrade and r.status = 'APPLIED')
           as downgraded,
       c.status = 'CANCELLED' as cancelled
from crime c join incident i on i.id = c.incident_id
where c.recorded_at >= :from and c.recorded_at < :to

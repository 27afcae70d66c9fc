-- PostgreSQL only: one row per crime-recording decision, with the team of its incident and the force's local month
-- of the decision; what the portable indicator files count. The national export writes the same rows to Parquet.
select cast(:force as text) as force, i.team_code as unit,
       date_trunc('month', d.decided_at at time zone :zone)::date as month,
       d.delay_seconds > 0 as late,
       d.delay_seconds = 0 and d.decided_at > d.deadline - interval '1 hour' as last_hour,
       d.kind = 'NO_CRIME' as no_crime,
       case when d.kind = 'CRIMES_RECORDED' then (select count(*) from victim v where v.incident_id = i.id) end as victims,
       case when d.kind = 'CRIMES_RECORDED' then (select count(*) from crime c where c.incident_id = i.id) end as crimes
from recording_decision d join incident i on i.id = d.incident_id
where d.decided_at >= :from and d.decided_at < :to

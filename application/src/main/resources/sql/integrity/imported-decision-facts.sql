-- PostgreSQL only: decision_facts (decision-facts.sql) from an imported interchange extract (:import). The extract
-- names no teams, so its records are one unit, 'extract'; the decision is due 24 hours after the report.
select cast(:force as text) as force, 'extract' as unit,
       date_trunc('month', d.decided_at at time zone :zone)::date as month,
       d.decided_at > i.received_at + interval '24 hours' as late,
       d.decided_at <= i.received_at + interval '24 hours' and d.decided_at > i.received_at + interval '23 hours'
           as last_hour,
       d.kind = 'NO_CRIME' as no_crime,
       case when d.kind = 'CRIMES_RECORDED' then (select count(*) from interchange_victim v
           where v.import_id = i.import_id and v.incident_ref = i.incident_ref) end as victims,
       case when d.kind = 'CRIMES_RECORDED' then (select count(*) from interchange_crime c
           where c.import_id = i.import_id and c.incident_ref = i.incident_ref) end as crimes
from interchange_decision d
join interchange_incident i on i.import_id = d.import_id and i.incident_ref = d.incident_ref
where d.import_id = :import and d.decided_at >= :from and d.decided_at < :to

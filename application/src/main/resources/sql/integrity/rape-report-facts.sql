-- PostgreSQL only: one row per crime-recording decision on a report of rape (kept as an N100 record, or recorded
-- with a crime of the subgroup Rape), with the team of its incident and the force's local month of the decision.
select cast(:force as text) as force, i.team_code as unit,
       date_trunc('month', d.decided_at at time zone :zone)::date as month,
       d.kind = 'N100' as kept_as_n100
from recording_decision d join incident i on i.id = d.incident_id
where d.decided_at >= :from and d.decided_at < :to
  and (d.kind = 'N100'
       or d.kind = 'CRIMES_RECORDED' and exists (select 1 from crime c
           join offence_classification oc on oc.code = c.classification_code
           where c.incident_id = i.id and oc.offence_subgroup = 'Rape'))

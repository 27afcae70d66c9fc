-- PostgreSQL only: one row per outcome applied to a crime, with the team of the crime's incident and the force's
-- local month the outcome was applied. Out of court: cautions, penalty notices, cannabis or khat warnings and
-- community resolutions (2, 2A, 3, 3A, 6, 7, 8); easy: penalty notices and cannabis or khat warnings (6, 7);
-- charged: 1, 1A; indictable only: the offence is in indictable_only_offence; serious group: violence against the
-- person, sexual offences, robbery; stitched: taken into consideration (4) with a case that has five or more;
-- domestic abuse: the crime carries the Home Office domestic abuse flag; victim does not support: evidential
-- difficulties with the victim not supporting action, suspect not identified (14) or identified (16).
select cast(:force as text) as force, i.team_code as unit,
       date_trunc('month', o.applied_at at time zone :zone)::date as month,
       o.outcome_type_code in ('2', '2A', '3', '3A', '6', '7', '8') as out_of_court,
       o.outcome_type_code in ('6', '7') as easy,
       o.outcome_type_code in ('1', '1A') as charged,
       exists (select 1 from indictable_only_offence x where x.classification_code = c.classification_code)
           as indictable_only,
       oc.offence_group_code in ('VIOLENCE_AGAINST_THE_PERSON', 'SEXUAL_OFFENCES', 'ROBBERY') as serious_group,
       o.outcome_type_code = '4' and o.tic_case_reference is not null
           and count(*) over (partition by o.outcome_type_code, o.tic_case_reference) >= 5 as stitched,
       'DOMESTIC_ABUSE' = any (c.flags) as domestic_abuse,
       o.outcome_type_code in ('14', '16') as victim_does_not_support
from crime_outcome o join crime c on c.id = o.crime_id join incident i on i.id = c.incident_id
     join offence_classification oc on oc.code = c.classification_code
where o.status = 'APPLIED' and o.applied_at >= :from and o.applied_at < :to

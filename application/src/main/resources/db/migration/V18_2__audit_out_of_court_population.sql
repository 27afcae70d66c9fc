-- Out-of-court disposals become an audit population (issue: inspection-grade audit, plan populations), now that
-- outcomes are recorded: incidents with a crime finalised by a caution, penalty notice, cannabis or khat warning
-- or community resolution, whose appropriateness the reviewer judges.
alter table audit_plan drop constraint audit_plan_population_check;
alter table audit_plan add constraint audit_plan_population_check check (population in ('CRIME_RELATED_INCIDENTS',
    'ASB_AND_PUBLIC_SAFETY', 'N100_AND_RAPE', 'CANCELLED_CRIMES', 'VULNERABLE_PEOPLE_UNIT', 'OUT_OF_COURT_DISPOSALS'));

-- PostgreSQL only: month_end_facts (month-end-facts.sql) from an imported interchange extract (:import), one unit
-- 'extract'; a crime's report is its own reported_at, else its incident's received_at.
select cast(:force as text) as force, 'extract' as unit,
       date_trunc('month', r.reported_at at time zone :zone)::date as month,
       date_trunc('month', r.recorded_at at time zone :zone) > date_trunc('month', r.reported_at at time zone :zone)
           as recorded_later
from (select coalesce(c.reported_at, i.received_at) as reported_at, c.recorded_at
      from interchange_crime c
      join interchange_incident i on i.import_id = c.import_id and i.incident_ref = c.incident_ref
      where c.import_id = :import) r
where r.reported_at >= :from and r.reported_at < :to
  and (r.reported_at at time zone :zone)::date
      > (date_trunc('month', r.reported_at at time zone :zone) + interval '1 month' - interval '4 days')::date

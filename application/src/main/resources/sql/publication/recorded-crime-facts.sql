-- PostgreSQL only: one row per crime that counts in the published tables (not cancelled, not transferred), with
-- the class it carries, the financial year (April to March, the force's local time) and month it was recorded in.
select cast(:force as text) as force, c.classification_code as code, o.name, o.offence_group_code as offence_group,
       cast(extract(year from (c.recorded_at at time zone :zone) - interval '3 months') as int) as fy,
       date_trunc('month', c.recorded_at at time zone :zone)::date as month
from crime c join offence_classification o on o.code = c.classification_code
where c.status not in ('CANCELLED', 'TRANSFERRED')

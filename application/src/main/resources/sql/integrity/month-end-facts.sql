-- PostgreSQL only: one row per crime whose report came in the last three days of a month (the force's local time),
-- with the month it was reported in and whether it was recorded in a later month.
select cast(:force as text) as force, i.team_code as unit,
       date_trunc('month', i.received_at at time zone :zone)::date as month,
       date_trunc('month', c.recorded_at at time zone :zone) > date_trunc('month', i.received_at at time zone :zone)
           as recorded_later
from crime c join incident i on i.id = c.incident_id
where i.received_at >= :from and i.received_at < :to
  and (i.received_at at time zone :zone)::date
      > (date_trunc('month', i.received_at at time zone :zone) + interval '1 month' - interval '4 days')::date

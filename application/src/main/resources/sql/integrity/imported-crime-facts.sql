-- PostgreSQL only: crime_facts (crime-facts.sql) from an imported interchange extract (:import), one unit 'extract'.
-- A crime is cancelled when its status says so or an approved cancellation (C2-C5; C1 is a transfer) names it.
select cast(:force as text) as force, 'extract' as unit,
       date_trunc('month', c.recorded_at at time zone :zone)::date as month,
       exists (select 1 from interchange_reclassification r where r.import_id = c.import_id
               and r.crime_ref = c.crime_ref and r.downgrade and coalesce(r.status, 'APPLIED') = 'APPLIED') as downgraded,
       coalesce(c.status, 'RECORDED') = 'CANCELLED'
           or exists (select 1 from interchange_cancellation x where x.import_id = c.import_id
                      and x.crime_ref = c.crime_ref and x.class <> 'C1' and coalesce(x.status, 'APPROVED') = 'APPROVED')
           as cancelled
from interchange_crime c
where c.import_id = :import and c.recorded_at >= :from and c.recorded_at < :to

select force, fy, code, name, offence_group, count(*) as crimes
from recorded_crime_facts
where fy between :first and :last
group by force, fy, code, name, offence_group
order by force, fy, code

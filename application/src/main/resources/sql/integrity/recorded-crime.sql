select force, unit, month, count(*) as events, count(*) as trials
from crime_facts where month between :first and :last group by force, unit, month

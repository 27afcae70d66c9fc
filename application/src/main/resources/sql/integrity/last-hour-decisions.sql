select force, unit, month, count(*) filter (where last_hour) as events, count(*) as trials
from decision_facts where month between :first and :last group by force, unit, month
